package id.puskesnet.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.puskesnet.access.CurrentUser;
import id.puskesnet.access.Role;
import id.puskesnet.facility.FacilityService;
import id.puskesnet.support.DemoUsers;
import id.puskesnet.support.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.util.StringUtils;

class UserAdministrationTest extends WebIntegrationTest {

    private static final Pattern EDIT_URL = Pattern.compile("/admin/users/(\\d+)/edit");
    private static final String PASSWORD = "rahasia-baru-1";

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    AccountService accounts;

    @Autowired
    FacilityService facilities;

    @Test
    void adminCreatesPuskesmasStaffWhoLogsInAndLandsOnTheirPuskesmas() throws Exception {
        String username = FreshUsers.username("staf.baru");
        long baruTengah = FreshUsers.facilityId(facilities, "PKM-BARU-TENGAH");
        MultiValueMap<String, String> form = newUser(username.toUpperCase());

        MvcResult created = postNewUser(form)
                .andExpect(status().isFound())
                .andExpect(flash().attribute("success", "user.created"))
                .andReturn();
        long id = idFromEditUrl(created);
        UserSummary user = accounts.get(id);
        assertThat(user.username()).isEqualTo(username);
        assertThat(user.role()).isEqualTo(Role.PUSKESMAS_STAFF);
        assertThat(user.facilityId()).isEqualTo(baruTengah);

        MvcResult login = mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andExpect(authenticated().withUsername(username))
                .andExpect(redirectedUrl("/"))
                .andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession();
        mvc.perform(get("/").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/facilities/" + baruTengah + "\"")));
        mvc.perform(get("/facilities/" + baruTengah).session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Puskesmas Baru Tengah")));
    }

    @Test
    void listSearchesByUsernameOrNameAndFiltersByRole() throws Exception {
        mvc.perform(get("/admin/users").param("q", "BARUTENGAH").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("kapus.barutengah")))
                .andExpect(content().string(containsString("klinik.barutengah")))
                .andExpect(content().string(containsString("Kepala puskesmas")))
                .andExpect(content().string(containsString("Puskesmas Baru Tengah")))
                .andExpect(content().string(containsString("Aktif")))
                .andExpect(content().string(not(containsString("kapus.gunungbahagia"))));
        mvc.perform(get("/admin/users").param("q", "Rina Pengelola").with(admin()))
                .andExpect(content().string(containsString("<code>dkk</code>")));
        mvc.perform(get("/admin/users").param("role", "PARTNER").with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("klinik.gunungbahagia")))
                .andExpect(content().string(not(containsString("kapus.barutengah"))));
    }

    @Test
    void listPagesByTwenty() throws Exception {
        String prefix = FreshUsers.username("halaman");
        for (int i = 0; i < 21; i++) {
            FreshUsers.create(accounts, facilities, prefix + "-" + (100 + i), Role.DKK_OFFICER, null, PASSWORD);
        }
        String first = mvc.perform(get("/admin/users").param("q", prefix).with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Halaman 1 dari 2")))
                .andReturn().getResponse().getContentAsString();
        assertThat(StringUtils.countOccurrencesOf(first, "<code>" + prefix)).isEqualTo(20);
        assertThat(first).contains("page=1");
        String second = mvc.perform(get("/admin/users").param("q", prefix).param("page", "1").with(admin()))
                .andExpect(content().string(containsString("Halaman 2 dari 2")))
                .andReturn().getResponse().getContentAsString();
        assertThat(StringUtils.countOccurrencesOf(second, "<code>" + prefix)).isEqualTo(1);
    }

    @Test
    void takenUsernameIsRefusedWhateverItsCase() throws Exception {
        expectRejected(newUser("Admin"), "Nama pengguna ini sudah dipakai.");
    }

    @Test
    void usernameMustBeThreeToFiftyAllowedCharacters() throws Exception {
        expectRejected(newUser("ab"), "Panjang harus antara 3 dan 50 karakter.");
        expectRejected(newUser("budi santoso!"), "Hanya huruf kecil a-z, angka, titik (.), garis bawah (_)");
        expectRejected(newUser("x".repeat(10_000)), "Panjang harus antara 3 dan 50 karakter.");
    }

    @Test
    void partnerRoleNeedsAPartnerFacilityAndPuskesmasRolesAPuskesmas() throws Exception {
        MultiValueMap<String, String> partnerAtPuskesmas = newUser(FreshUsers.username("mitra"));
        partnerAtPuskesmas.set("role", "PARTNER");
        expectRejected(partnerAtPuskesmas, "Pengguna mitra harus terhubung ke klinik pratama atau TPMD.");

        MultiValueMap<String, String> staffAtClinic = newUser(FreshUsers.username("staf"));
        staffAtClinic.set("facilityId", String.valueOf(FreshUsers.facilityId(facilities, "KP-SEHAT-BERSAMA")));
        expectRejected(staffAtClinic, "Kepala dan staf puskesmas harus terhubung ke sebuah puskesmas.");

        MultiValueMap<String, String> staffWithoutFacility = newUser(FreshUsers.username("staf"));
        staffWithoutFacility.remove("facilityId");
        expectRejected(staffWithoutFacility, "Peran ini memerlukan fasilitas.");
    }

    @Test
    void dkkRoleGetsNoFacilityEvenWhenOneIsChosen() throws Exception {
        MultiValueMap<String, String> form = newUser(FreshUsers.username("petugas"));
        form.set("role", "DKK_OFFICER");
        long id = idFromEditUrl(postNewUser(form).andExpect(status().isFound()).andReturn());
        assertThat(accounts.get(id).facilityId()).isNull();
    }

    @Test
    void passwordRulesAndConfirmationAreCheckedOnCreate() throws Exception {
        MultiValueMap<String, String> tooShort = newUser(FreshUsers.username("pendek"));
        tooShort.set("password", "pendek-1");
        tooShort.set("confirmPassword", "pendek-1");
        expectRejected(tooShort, "Kata sandi minimal 10 karakter.");

        String username = FreshUsers.username("samadengan");
        MultiValueMap<String, String> sameAsUsername = newUser(username);
        sameAsUsername.set("password", username);
        sameAsUsername.set("confirmPassword", username);
        expectRejected(sameAsUsername, "Kata sandi tidak boleh sama dengan nama pengguna.");

        MultiValueMap<String, String> mismatch = newUser(FreshUsers.username("beda"));
        mismatch.set("confirmPassword", "rahasia-lain-2");
        expectRejected(mismatch, "Kedua kata sandi tidak sama.");
    }

    @Test
    void hugeFullNameIsRejectedAndInputIsKept() throws Exception {
        String username = FreshUsers.username("panjang");
        MultiValueMap<String, String> form = newUser(username);
        form.set("fullName", "n".repeat(10_000));
        expectRejected(form, "Panjang harus antara 1 dan 150 karakter.")
                .andExpect(content().string(containsString("value=\"" + username + "\"")))
                .andExpect(content().string(containsString("<option value=\"PUSKESMAS_STAFF\" selected=\"selected\">")));
    }

    @Test
    void badlyTypedChoicesAreFieldErrorsNotServerErrors() throws Exception {
        MultiValueMap<String, String> form = newUser(FreshUsers.username("salah"));
        form.set("role", "KING");
        form.set("facilityId", "99999999999999999999");
        expectRejected(form, "Nilai tidak valid.");
    }

    @Test
    void markupInFullNameIsStoredAsTypedAndShownEscaped() throws Exception {
        String username = FreshUsers.username("markup");
        String markup = "<script>alert('x')</script>";
        MultiValueMap<String, String> form = newUser(username);
        form.set("fullName", markup);
        long id = idFromEditUrl(postNewUser(form).andExpect(status().isFound()).andReturn());
        assertThat(accounts.get(id).fullName()).isEqualTo(markup);

        mvc.perform(get("/admin/users").param("q", username).with(admin()))
                .andExpect(content().string(containsString("&lt;script&gt;alert(")))
                .andExpect(content().string(not(containsString("<script>alert("))));
        mvc.perform(get("/admin/users/{id}/edit", id).with(admin()))
                .andExpect(content().string(containsString("&lt;script&gt;alert(")))
                .andExpect(content().string(not(containsString("<script>alert("))));
    }

    @Test
    void nonNumericIdsAreBadRequestsAndUnknownIdsNotFound() throws Exception {
        mvc.perform(get("/admin/users/abc/edit").with(admin())).andExpect(status().isBadRequest());
        mvc.perform(get("/admin/users/99999999999999999999/password").with(admin())).andExpect(status().isBadRequest());
        mvc.perform(post("/admin/users/abc/disable").with(admin()).with(csrf())).andExpect(status().isBadRequest());
        mvc.perform(get("/admin/users").param("page", "x").with(admin())).andExpect(status().isBadRequest());

        mvc.perform(get("/admin/users/999999/edit").with(admin())).andExpect(status().isNotFound());
        mvc.perform(get("/admin/users/999999/password").with(admin())).andExpect(status().isNotFound());
        mvc.perform(post("/admin/users/999999/edit").with(admin()).with(csrf())
                        .param("fullName", "Siapa").param("role", "DKK_OFFICER").param("version", "0"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/users/999999/password").with(admin()).with(csrf())
                        .param("newPassword", PASSWORD).param("confirmPassword", PASSWORD))
                .andExpect(status().isNotFound());
        mvc.perform(post("/admin/users/999999/disable").with(admin()).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/admin/users/999999/enable").with(admin()).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void adminChangesRoleAndFacility() throws Exception {
        String username = FreshUsers.username("pindah");
        long id = FreshUsers.create(accounts, facilities, username, Role.PUSKESMAS_STAFF, "PKM-BARU-TENGAH", PASSWORD);
        long clinic = FreshUsers.facilityId(facilities, "KP-SEHAT-BERSAMA");

        mvc.perform(get("/admin/users/{id}/edit", id).with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"version\" value=\"0\"")))
                .andExpect(content().string(not(containsString("name=\"password\""))));

        mvc.perform(post("/admin/users/{id}/edit", id).with(admin()).with(csrf())
                        .param("fullName", "Yusuf Pindah ke Klinik").param("role", "PARTNER")
                        .param("facilityId", String.valueOf(clinic)).param("version", "0"))
                .andExpect(redirectedUrl("/admin/users"))
                .andExpect(flash().attribute("success", "user.updated"));

        UserSummary user = accounts.get(id);
        assertThat(user.role()).isEqualTo(Role.PARTNER);
        assertThat(user.facilityId()).isEqualTo(clinic);
        assertThat(user.fullName()).isEqualTo("Yusuf Pindah ke Klinik");
        mvc.perform(get("/").with(DemoUsers.as(userDetailsService, username)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/facilities/" + clinic + "\"")));
        mvc.perform(get("/admin/users/{id}/edit", id).with(admin()))
                .andExpect(content().string(containsString("Riwayat perubahan")))
                .andExpect(content().string(containsString("Diubah")))
                .andExpect(content().string(containsString("Klinik Pratama Sehat Bersama")));
    }

    @Test
    void editRefusesBrokenRulesBesideTheField() throws Exception {
        long id = FreshUsers.create(accounts, facilities, FreshUsers.username("ubah"), Role.PUSKESMAS_STAFF,
                "PKM-BARU-TENGAH", PASSWORD);
        mvc.perform(post("/admin/users/{id}/edit", id).with(admin()).with(csrf())
                        .param("fullName", "").param("role", "PARTNER")
                        .param("facilityId", String.valueOf(FreshUsers.facilityId(facilities, "PKM-BARU-TENGAH")))
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(view().name("admin/users/form"))
                .andExpect(content().string(containsString("Wajib diisi.")))
                .andExpect(content().string(containsString("<option value=\"PARTNER\" selected=\"selected\">")));
        mvc.perform(post("/admin/users/{id}/edit", id).with(admin()).with(csrf())
                        .param("fullName", "Nama Baru").param("role", "PARTNER")
                        .param("facilityId", String.valueOf(FreshUsers.facilityId(facilities, "PKM-BARU-TENGAH")))
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Pengguna mitra harus terhubung ke klinik pratama atau TPMD.")));
        assertThat(accounts.get(id).role()).isEqualTo(Role.PUSKESMAS_STAFF);
        assertThat(accounts.get(id).version()).isZero();
    }

    @Test
    void adminCannotTakeTheAdministratorRoleFromThemselves() throws Exception {
        long adminId = adminId();
        mvc.perform(post("/admin/users/{id}/edit", adminId).with(admin()).with(csrf())
                        .param("fullName", "Administrator DKK (demo)").param("role", "DKK_OFFICER")
                        .param("version", String.valueOf(accounts.get(adminId).version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "Anda tidak dapat mencabut peran administrator dari akun Anda sendiri.")));
        assertThat(accounts.get(adminId).role()).isEqualTo(Role.DKK_ADMIN);
    }

    @Test
    void staleVersionGivesTheConflictPageAndKeepsTheFirstSave() throws Exception {
        long id = FreshUsers.create(accounts, facilities, FreshUsers.username("basi"), Role.DKK_OFFICER, null, PASSWORD);
        mvc.perform(post("/admin/users/{id}/edit", id).with(admin()).with(csrf())
                        .param("fullName", "Disimpan pertama").param("role", "DKK_OFFICER").param("version", "0"))
                .andExpect(redirectedUrl("/admin/users"));
        mvc.perform(post("/admin/users/{id}/edit", id).with(admin()).with(csrf())
                        .param("fullName", "Disimpan kedua").param("role", "DKK_OFFICER").param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Data sudah diubah orang lain")));
        assertThat(accounts.get(id).fullName()).isEqualTo("Disimpan pertama");
    }

    @Test
    void missingVersionIsABadRequest() throws Exception {
        long id = FreshUsers.create(accounts, facilities, FreshUsers.username("versi"), Role.DKK_OFFICER, null, PASSWORD);
        mvc.perform(post("/admin/users/{id}/edit", id).with(admin()).with(csrf())
                        .param("fullName", "Tanpa versi").param("role", "DKK_OFFICER"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void disabledUserCannotLogInUntilEnabledAgain() throws Exception {
        String username = FreshUsers.username("nonaktif");
        long id = FreshUsers.create(accounts, facilities, username, Role.PARTNER, "KP-SEHAT-BERSAMA", PASSWORD);

        mvc.perform(get("/admin/users/{id}/edit", id).with(admin()))
                .andExpect(content().string(containsString("action=\"/admin/users/" + id + "/disable\"")))
                .andExpect(content().string(containsString("data-confirm=\"Nonaktifkan akun " + username)));
        mvc.perform(post("/admin/users/{id}/disable", id).with(admin()).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + id + "/edit"))
                .andExpect(flash().attribute("success", "user.disable.done"));
        assertThat(accounts.get(id).enabled()).isFalse();
        mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andExpect(unauthenticated())
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/admin/users").param("q", username).with(admin()))
                .andExpect(content().string(containsString("Nonaktif")));

        mvc.perform(post("/admin/users/{id}/enable", id).with(admin()).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + id + "/edit"))
                .andExpect(flash().attribute("success", "user.enable.done"));
        mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andExpect(authenticated().withUsername(username));
    }

    @Test
    void adminCannotDisableThemselves() throws Exception {
        long adminId = adminId();
        mvc.perform(get("/admin/users/{id}/edit", adminId).with(admin()))
                .andExpect(content().string(not(containsString("/disable\""))));
        MvcResult refused = mvc.perform(post("/admin/users/{id}/disable", adminId).with(admin()).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + adminId + "/edit"))
                .andExpect(flash().attribute("failure", "user.disable.self"))
                .andReturn();
        assertThat(accounts.get(adminId).enabled()).isTrue();
        mvc.perform(get("/admin/users/{id}/edit", adminId).with(admin()).flashAttrs(refused.getFlashMap()))
                .andExpect(content().string(containsString(
                        "<div class=\"alert alert-danger\" role=\"alert\">Anda tidak dapat menonaktifkan akun Anda sendiri.</div>")));
    }

    @Test
    void adminSetsANewPasswordThatReplacesTheOldOne() throws Exception {
        String username = FreshUsers.username("lupa");
        String newPassword = "kata-sandi-pengganti";
        long id = FreshUsers.create(accounts, facilities, username, Role.PUSKESMAS_HEAD, "PKM-BARU-TENGAH", PASSWORD);

        mvc.perform(get("/admin/users/{id}/password", id).with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(username)));
        mvc.perform(post("/admin/users/{id}/password", id).with(admin()).with(csrf())
                        .param("newPassword", username).param("confirmPassword", "lain-sekali-1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kata sandi tidak boleh sama dengan nama pengguna.")))
                .andExpect(content().string(containsString("Kedua kata sandi baru tidak sama.")));
        mvc.perform(post("/admin/users/{id}/password", id).with(admin()).with(csrf())
                        .param("newPassword", "pendek").param("confirmPassword", "pendek"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kata sandi minimal 10 karakter.")));

        mvc.perform(post("/admin/users/{id}/password", id).with(admin()).with(csrf())
                        .param("newPassword", newPassword).param("confirmPassword", newPassword))
                .andExpect(redirectedUrl("/admin/users/" + id + "/edit"))
                .andExpect(flash().attribute("success", "user.password.saved"));
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user(username).password(newPassword))
                .andExpect(authenticated().withUsername(username));
    }

    private RequestPostProcessor admin() {
        return DemoUsers.as(userDetailsService, "admin");
    }

    private long adminId() {
        return ((CurrentUser) userDetailsService.loadUserByUsername("admin")).getId();
    }

    private MultiValueMap<String, String> newUser(String username) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", username);
        form.add("fullName", "Staf Uji Baru Tengah");
        form.add("role", "PUSKESMAS_STAFF");
        form.add("facilityId", String.valueOf(FreshUsers.facilityId(facilities, "PKM-BARU-TENGAH")));
        form.add("password", PASSWORD);
        form.add("confirmPassword", PASSWORD);
        return form;
    }

    private ResultActions postNewUser(MultiValueMap<String, String> form) throws Exception {
        return mvc.perform(post("/admin/users/new").with(admin()).with(csrf()).params(form));
    }

    private ResultActions expectRejected(MultiValueMap<String, String> form, String message) throws Exception {
        String username = form.getFirst("username");
        long before = accounts.search(null, null, PageRequest.of(0, 1)).getTotalElements();
        ResultActions result = postNewUser(form)
                .andExpect(status().isOk())
                .andExpect(view().name("admin/users/form"))
                .andExpect(content().string(containsString(message)));
        assertThat(accounts.search(null, null, PageRequest.of(0, 1)).getTotalElements())
                .as("no account created for %s", username.length() > 40 ? username.substring(0, 40) : username)
                .isEqualTo(before);
        return result;
    }

    private static long idFromEditUrl(MvcResult result) {
        Matcher matcher = EDIT_URL.matcher(result.getResponse().getRedirectedUrl());
        assertThat(matcher.matches()).as("redirect to the edit page").isTrue();
        return Long.parseLong(matcher.group(1));
    }
}
