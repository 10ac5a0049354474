package id.puskesnet.account;

/** The rules every new password follows. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** Throws {@link AccountRuleException} on the given field when the password breaks a rule. */
    public static void check(String username, String password, String field) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new AccountRuleException(field, "password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            throw new AccountRuleException(field, "password.tooLong");
        }
        if (username != null && password.strip().equalsIgnoreCase(username.strip())) {
            throw new AccountRuleException(field, "password.sameAsUsername");
        }
    }
}
