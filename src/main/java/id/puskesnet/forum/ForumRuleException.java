package id.puskesnet.forum;

import java.util.List;

import id.puskesnet.common.BusinessRuleException;

/**
 * Rules about forums and follow-ups were broken. A forum is saved with all its rows at once, so this carries
 * every violation found (field null = about the whole form), and the form can mark them all together.
 */
public class ForumRuleException extends BusinessRuleException {

    /** One broken rule: the form field it concerns and an i18n message key. */
    public record Violation(String field, String messageKey) {
    }

    private final List<Violation> violations;

    public ForumRuleException(String field, String messageKey) {
        this(List.of(new Violation(field, messageKey)));
    }

    ForumRuleException(List<Violation> violations) {
        super(violations.get(0).field(), violations.get(0).messageKey());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
