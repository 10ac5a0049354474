package id.puskesnet.indicator;

import java.util.Optional;

/** Reads a target typed by a person: a whole number from 0 to {@link #MAX}, thousands separators not allowed. */
final class TargetAmounts {

    static final long MAX = 10_000_000;

    private TargetAmounts() {
    }

    /** The amount, or the message key of what is wrong with the text; blank text is no amount. */
    static Parsed parse(String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) {
            return new Parsed(null, null);
        }
        if (text.startsWith("-") && text.length() > 1 && text.substring(1).chars().allMatch(Character::isDigit)) {
            return new Parsed(null, "target.value.negative");
        }
        if (!text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return new Parsed(null, "target.value.notWhole");
        }
        String digits = text.replaceFirst("^0+(?=.)", "");
        if (digits.length() > 9 || Long.parseLong(digits) > MAX) {
            return new Parsed(null, "target.value.tooLarge");
        }
        return new Parsed(Long.parseLong(digits), null);
    }

    record Parsed(Long amount, String error) {

        Optional<String> problem() {
            return Optional.ofNullable(error);
        }
    }
}
