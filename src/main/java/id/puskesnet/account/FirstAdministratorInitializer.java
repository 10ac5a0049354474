package id.puskesnet.account;

import id.puskesnet.access.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a database without any user, creates the first DKK administrator from
 * {@code PUSKESNET_ADMIN_USERNAME} / {@code PUSKESNET_ADMIN_PASSWORD}; without them the app refuses to start.
 * Runs after the demo data, which brings its own administrator.
 */
@Component
@Order(10)
class FirstAdministratorInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministratorInitializer.class);

    private final AccountService accounts;
    private final String username;
    private final String password;
    private final String fullName;

    FirstAdministratorInitializer(AccountService accounts,
                                  @Value("${puskesnet.bootstrap-admin.username:}") String username,
                                  @Value("${puskesnet.bootstrap-admin.password:}") String password,
                                  @Value("${puskesnet.bootstrap-admin.full-name:Administrator DKK}") String fullName) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
        this.fullName = fullName;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.countUsers() > 0) {
            return;
        }
        if (username == null || username.isBlank() || password == null || password.isBlank()) {
            throw new NoAdministratorException();
        }
        try {
            accounts.create(new NewUser(username, fullName, Role.DKK_ADMIN, null, password));
        } catch (AccountRuleException e) {
            throw new NoAdministratorException("The first administrator's password breaks a rule (" + e.messageKey()
                    + "): use at least " + PasswordPolicy.MIN_LENGTH + " characters, different from the username.");
        }
        log.info("Created the first DKK administrator '{}'", username.strip().toLowerCase());
    }
}
