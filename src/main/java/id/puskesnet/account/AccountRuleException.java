package id.puskesnet.account;

/**
 * A business rule of accounts was broken. Carries the form field it concerns and an i18n message key,
 * so a controller can show it beside the field.
 */
public class AccountRuleException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public AccountRuleException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
