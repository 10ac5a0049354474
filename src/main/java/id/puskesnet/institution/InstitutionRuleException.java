package id.puskesnet.institution;

import id.puskesnet.common.BusinessRuleException;

/** A rule about institutions was broken (see {@link BusinessRuleException}). */
public class InstitutionRuleException extends BusinessRuleException {

    public InstitutionRuleException(String field, String messageKey) {
        super(field, messageKey);
    }
}
