package id.puskesnet.home;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import id.puskesnet.access.AccessScope;
import id.puskesnet.common.FigureSources;
import id.puskesnet.common.GenerationCache;
import org.springframework.stereotype.Service;

/**
 * Everything every module says needs the user's attention, most urgent first. The DKK's list (city-wide: the
 * same for every DKK user of a role) is kept per day until the data it comes from changes ({@link FigureSources}
 * covers reports, registry, targets, MoUs and follow-ups), and at most {@link #MAX_AGE}: at national scale its counts
 * and reminders cost more than the rest of the home page. Puskesmas and partner lists are read on every request.
 */
@Service
public class AttentionList {

    static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final List<AttentionSource> sources;
    private final FigureSources changes;
    private final Clock clock;
    private final GenerationCache<Key, List<AttentionItem>> cityWide = new GenerationCache<>(16, MAX_AGE);

    AttentionList(List<AttentionSource> sources, FigureSources changes, Clock clock) {
        this.sources = List.copyOf(sources);
        this.changes = changes;
        this.clock = clock;
    }

    public List<AttentionItem> itemsFor(AccessScope scope) {
        if (!scope.cityWide()) {
            return read(scope);
        }
        return cityWide.get(new Key(scope, LocalDate.now(clock)), changes.generation(), () -> read(scope));
    }

    private List<AttentionItem> read(AccessScope scope) {
        return sources.stream()
                .flatMap(source -> source.attentionFor(scope).stream())
                .sorted(Comparator.comparing(AttentionItem::level))
                .toList();
    }

    private record Key(AccessScope scope, LocalDate day) {
    }
}
