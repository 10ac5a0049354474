package id.puskesnet.home;

import java.util.List;

import id.puskesnet.access.AccessScope;

/**
 * A module's contribution to the attention list. Implementations are Spring beans; each returns only what
 * lies within the given scope, and should answer with a few aggregate queries (the home page calls every
 * source on every visit).
 */
public interface AttentionSource {

    List<AttentionItem> attentionFor(AccessScope scope);
}
