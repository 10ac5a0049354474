package id.puskesnet.account;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.puskesnet.access.Role;
import id.puskesnet.facility.FacilityService;
import id.puskesnet.support.DemoUsers;
import id.puskesnet.support.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A signed-in user changes their own password on {@code /account/password}. */
class PasswordChangeTest extends WebIntegrationTest {

    private static final String CURRENT = "sandi-lama-123";
    private static final String NEW = "sandi-baru-456";

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    AccountService accounts;

    @Autowired
    FacilityService facilities;

    private String username;

    @BeforeEach
    void freshUser() {
        username = FreshUsers.username("ganti");
        FreshUsers.create(accounts, facilities, username, Role.PARTNER, "KP-SEHAT-BERSAMA", CURRENT);
    }

    @Test
    void formIsShownToAnySignedInUser() throws Exception {
        mvc.perform(get("/account/password").with(DemoUsers.as(userDetailsService, "klinik.barutengah")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"currentPassword\"")));
    }

    @Test
    void wrongCurrentPasswordIsRefused() throws Exception {
        change("bukan-sandi-ini", NEW, NEW)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kata sandi saat ini salah.")));
        expectPasswordStill(CURRENT);
    }

    @Test
    void mismatchedConfirmationIsRefused() throws Exception {
        change(CURRENT, NEW, NEW + "x")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kedua kata sandi baru tidak sama.")));
        expectPasswordStill(CURRENT);
    }

    @Test
    void tooShortPasswordIsRefused() throws Exception {
        change(CURRENT, "pendek", "pendek")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kata sandi minimal 10 karakter.")));
        expectPasswordStill(CURRENT);
    }

    @Test
    void unchangedPasswordIsRefused() throws Exception {
        change(CURRENT, CURRENT, CURRENT)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kata sandi baru harus berbeda dari kata sandi saat ini.")));
    }

    @Test
    void newPasswordReplacesTheOldOneForTheNextLogin() throws Exception {
        change(CURRENT, NEW, NEW)
                .andExpect(redirectedUrl("/account/password"))
                .andExpect(flash().attribute("success", "password.changed"));
        mvc.perform(formLogin("/login").user(username).password(CURRENT)).andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user(username).password(NEW)).andExpect(authenticated().withUsername(username));
    }

    @Test
    void spacesArePartOfThePasswordAsTypedAtLogin() throws Exception {
        String spaced = " sandi dengan spasi ";
        change(CURRENT, spaced, spaced).andExpect(redirectedUrl("/account/password"));
        mvc.perform(formLogin("/login").user(username).password(spaced.strip())).andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user(username).password(spaced)).andExpect(authenticated().withUsername(username));
    }

    private ResultActions change(String current, String newPassword, String confirmation) throws Exception {
        return mvc.perform(post("/account/password").with(DemoUsers.as(userDetailsService, username)).with(csrf())
                .param("currentPassword", current)
                .param("newPassword", newPassword)
                .param("confirmPassword", confirmation));
    }

    private void expectPasswordStill(String password) throws Exception {
        mvc.perform(formLogin("/login").user(username).password(password))
                .andExpect(authenticated().withUsername(username));
    }
}
