package id.puskesnet.audit;

/** One field's value before and after a change; null stands for "empty". */
public record FieldChange(String field, String oldValue, String newValue) {
}
