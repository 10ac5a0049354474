package id.puskesnet.account;

/** The database has no user and no first administrator was configured: the app cannot be used. */
public class NoAdministratorException extends RuntimeException {

    static final String DEFAULT_MESSAGE = "The database has no user account and no first administrator is configured.";

    NoAdministratorException() {
        super(DEFAULT_MESSAGE);
    }

    NoAdministratorException(String message) {
        super(message);
    }
}
