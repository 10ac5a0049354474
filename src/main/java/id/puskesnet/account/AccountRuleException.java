package id.puskesnet.account;

import id.puskesnet.common.BusinessRuleException;

/** A business rule of accounts was broken (see {@link BusinessRuleException}). */
public class AccountRuleException extends BusinessRuleException {

    public AccountRuleException(String field, String messageKey) {
        super(field, messageKey);
    }
}
