package id.puskesnet.access;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Reads the signed-in user and their scope from the security context. */
@Component
public class CurrentAccess {

    public CurrentUser user() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            return user;
        }
        throw new AccessDeniedException("No signed-in Puskesnet user");
    }

    public AccessScope scope() {
        return user().scope();
    }
}
