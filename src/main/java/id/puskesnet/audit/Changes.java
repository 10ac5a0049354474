package id.puskesnet.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Collects the fields whose values differ between before and after a change.
 * {@code Changes.of().field("name", old, new).field(...).list()}
 */
public final class Changes {

    private final List<FieldChange> changes = new ArrayList<>();

    private Changes() {
    }

    public static Changes of() {
        return new Changes();
    }

    /** Records the field only when its value changed; values are compared and stored as text. */
    public Changes field(String field, Object oldValue, Object newValue) {
        String before = text(oldValue);
        String after = text(newValue);
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, before, after));
        }
        return this;
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public List<FieldChange> list() {
        return List.copyOf(changes);
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        String text = value instanceof Enum<?> e ? e.name() : value.toString();
        return text.isEmpty() ? null : text;
    }
}
