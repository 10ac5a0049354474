package id.puskesnet.common;

/**
 * A business rule was broken. Carries the form field it concerns and an i18n message key, so a
 * controller can show the message beside the field ({@code bindingResult.rejectValue(field, key)}).
 */
public class BusinessRuleException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public BusinessRuleException(String field, String messageKey) {
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
