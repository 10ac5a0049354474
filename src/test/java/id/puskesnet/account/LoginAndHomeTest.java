package id.puskesnet.account;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import id.puskesnet.facility.FacilityOption;
import id.puskesnet.facility.FacilityService;
import id.puskesnet.support.DemoUsers;
import id.puskesnet.support.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

class LoginAndHomeTest extends WebIntegrationTest {

    @Autowired
    FacilityService facilities;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/facilities", "/facilities/1", "/account/password", "/admin/users",
            "/actuator/metrics", "/does-not-exist"})
    void anonymousUsersAreSentToTheLoginPage(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/actuator/health", "/css/app.css", "/js/app.js",
            "/webjars/bootstrap/css/bootstrap.min.css"})
    void loginStaticAssetsAndHealthArePublic(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().isOk());
    }

    @ParameterizedTest
    @CsvSource({
            "admin, ",
            "dkk, ",
            "kapus.barutengah, PKM-BARU-TENGAH",
            "kapus.gunungbahagia, PKM-GUNUNG-BAHAGIA",
            "staf.barutengah, PKM-BARU-TENGAH",
            "klinik.barutengah, KP-SEHAT-BERSAMA",
            "klinik.gunungbahagia, KP-BAHAGIA-HUSADA"})
    void eachDemoRoleLogsInAndLandsOnItsHomePage(String username, String facilityCode) throws Exception {
        MvcResult login = mvc.perform(formLogin("/login").user(username).password(DemoUsers.PASSWORD))
                .andExpect(authenticated().withUsername(username))
                .andExpect(redirectedUrl("/"))
                .andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession();
        var home = mvc.perform(get("/").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Data demo")))
                .andExpect(content().string(containsString("Perlu perhatian")));
        if (facilityCode != null) {
            long facilityId = facilities.findByCode(facilityCode).map(FacilityOption::id).orElseThrow();
            home.andExpect(content().string(containsString("href=\"/facilities/" + facilityId + "\"")));
        }
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameMessage() throws Exception {
        mvc.perform(formLogin("/login").user("admin").password("wrong-password-1"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("nobody.here").password("wrong-password-1"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/login").param("error", ""))
                .andExpect(content().string(containsString("Nama pengguna atau kata sandi salah.")));
    }

    @Test
    void postWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "admin").param("password", DemoUsers.PASSWORD))
                .andExpect(status().isForbidden());
        mvc.perform(post("/logout")).andExpect(status().isForbidden());
    }

    @Test
    void logoutIsByPostAndEndsTheSession() throws Exception {
        MvcResult login = mvc.perform(formLogin("/login").user("dkk").password(DemoUsers.PASSWORD)).andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession();
        mvc.perform(post("/logout").with(csrf()).session(session)).andExpect(redirectedUrl("/login?logout"));
        mvc.perform(get("/facilities").session(session)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void loginChangesTheSessionId() throws Exception {
        MockHttpSession before = new MockHttpSession();
        String idBefore = before.getId();
        MvcResult login = mvc.perform(formLogin("/login").user("dkk").password(DemoUsers.PASSWORD)).andReturn();
        org.assertj.core.api.Assertions.assertThat(login.getRequest().getSession().getId()).isNotEqualTo(idBefore);
    }
}
