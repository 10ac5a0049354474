package id.puskesnet.account;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing first administrator into a start-up message that says what to set. */
class NoAdministratorFailureAnalyzer extends AbstractFailureAnalyzer<NoAdministratorException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, NoAdministratorException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set PUSKESNET_ADMIN_USERNAME and PUSKESNET_ADMIN_PASSWORD (at least "
                        + PasswordPolicy.MIN_LENGTH + " characters, different from the username) and start again. "
                        + "The first DKK administrator is created from them; change the password after the first login.",
                cause);
    }
}
