package id.puskesnet.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import id.puskesnet.access.CurrentUser;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signs MockMvc requests in as one of the demo accounts, loaded exactly as a real login would. */
public final class DemoUsers {

    public static final String PASSWORD = "demo-puskesnet";

    private DemoUsers() {
    }

    public static RequestPostProcessor as(UserDetailsService users, String username) {
        CurrentUser user = (CurrentUser) users.loadUserByUsername(username);
        return user(user);
    }
}
