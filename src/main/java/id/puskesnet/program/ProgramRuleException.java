package id.puskesnet.program;

import id.puskesnet.common.BusinessRuleException;

/** A rule about programs was broken (see {@link BusinessRuleException}). */
public class ProgramRuleException extends BusinessRuleException {

    public ProgramRuleException(String field, String messageKey) {
        super(field, messageKey);
    }
}
