package id.puskesnet.account.security;

import org.springframework.security.core.AuthenticationException;

/** The username is temporarily locked after repeated failed logins. */
class LoginLockedException extends AuthenticationException {

    LoginLockedException() {
        super("Too many failed logins; temporarily locked");
    }
}
