package id.puskesnet.mou;

import id.puskesnet.common.BusinessRuleException;

/** A rule about MoUs was broken (see {@link BusinessRuleException}). */
public class MouRuleException extends BusinessRuleException {

    public MouRuleException(String field, String messageKey) {
        super(field, messageKey);
    }
}
