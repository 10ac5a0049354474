package id.puskesnet.forum;

import java.util.ArrayList;
import java.util.List;

/** Collects broken rules while a whole forum is checked, then reports them together. */
final class Violations {

    private final List<ForumRuleException.Violation> found = new ArrayList<>();

    void add(String field, String messageKey) {
        found.add(new ForumRuleException.Violation(field, messageKey));
    }

    void throwIfAny() {
        if (!found.isEmpty()) {
            throw new ForumRuleException(found);
        }
    }
}
