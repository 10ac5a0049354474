package id.puskesnet.facility;

import id.puskesnet.common.BusinessRuleException;

/** A rule of the facility registry was broken (see {@link BusinessRuleException}). */
public class FacilityRuleException extends BusinessRuleException {

    public FacilityRuleException(String field, String messageKey) {
        super(field, messageKey);
    }
}
