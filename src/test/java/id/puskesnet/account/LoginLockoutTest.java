package id.puskesnet.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;
import java.util.UUID;

import id.puskesnet.access.Role;
import id.puskesnet.support.MutableClock;
import id.puskesnet.support.WebIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Failed-login throttling through the real login form. Each test uses a fresh user, never a demo account. */
class LoginLockoutTest extends WebIntegrationTest {

    static final String PASSWORD = "kata-sandi-benar-1";
    static final Duration LOCK = Duration.ofMinutes(15);

    @Autowired
    AccountService accounts;

    @Autowired
    MutableClock clock;

    String username;

    @BeforeEach
    void freshUser() {
        username = "lock." + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new NewUser(username, "Pengguna uji kunci", Role.DKK_OFFICER, null, PASSWORD));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void fiveFailuresLockTheUsernameEvenForTheRightPassword() throws Exception {
        failLogins(username, 5);
        mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?locked"));
    }

    @Test
    void theLockedPageSaysToWaitWithoutNamingTheUser() throws Exception {
        failLogins(username, 5);
        mvc.perform(get("/login").param("locked", ""))
                .andExpect(content().string(containsString(
                        "Terlalu banyak percobaan masuk yang gagal. Akun ini dikunci sementara; coba lagi dalam 15 menit.")))
                .andExpect(content().string(not(containsString(username))))
                .andExpect(content().string(not(containsString("Nama pengguna atau kata sandi salah."))));
        mvc.perform(get("/login").param("locked", "").param("lang", "en"))
                .andExpect(content().string(containsString("try again in 15 minutes")));
    }

    @Test
    void anUnknownUsernameIsLockedTheSameWaySoTheLockRevealsNothing() throws Exception {
        String nobody = "nobody." + UUID.randomUUID().toString().substring(0, 8);
        failLogins(nobody, 5);
        mvc.perform(formLogin("/login").user(nobody).password(PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?locked"));
    }

    @Test
    void theUsernameUnlocksAfterTheLockDuration() throws Exception {
        failLogins(username, 5);
        clock.advance(LOCK.minusMinutes(1));
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?locked"));
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andExpect(authenticated().withUsername(username))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void aSuccessfulLoginResetsTheCount() throws Exception {
        failLogins(username, 4);
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(authenticated());
        failLogins(username, 4);
        mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andExpect(authenticated().withUsername(username));
    }

    @Test
    void theLockIsPerUsernameAndLeavesOthersAlone() throws Exception {
        failLogins(username, 5);
        String other = "lock.other." + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new NewUser(other, "Pengguna uji lain", Role.DKK_OFFICER, null, PASSWORD));
        mvc.perform(formLogin("/login").user(other).password(PASSWORD)).andExpect(authenticated().withUsername(other));
    }

    private void failLogins(String name, int times) throws Exception {
        for (int i = 0; i < times; i++) {
            mvc.perform(formLogin("/login").user(name).password("salah-sekali-" + i))
                    .andExpect(unauthenticated())
                    .andExpect(redirectedUrl("/login?error"));
        }
    }
}
