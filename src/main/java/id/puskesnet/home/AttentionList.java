package id.puskesnet.home;

import java.util.Comparator;
import java.util.List;

import id.puskesnet.access.AccessScope;
import org.springframework.stereotype.Service;

/** Everything every module says needs the user's attention, most urgent first. */
@Service
public class AttentionList {

    private final List<AttentionSource> sources;

    AttentionList(List<AttentionSource> sources) {
        this.sources = List.copyOf(sources);
    }

    public List<AttentionItem> itemsFor(AccessScope scope) {
        return sources.stream()
                .flatMap(source -> source.attentionFor(scope).stream())
                .sorted(Comparator.comparing(AttentionItem::level))
                .toList();
    }
}
