package id.puskesnet.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import id.puskesnet.access.AccessScope;
import id.puskesnet.access.Role;
import id.puskesnet.support.DemoUsers;
import id.puskesnet.support.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Who may read the wilayah pages, and that nobody but the DKK administrator may change them. */
class WilayahAccessTest extends WebIntegrationTest {

    static final AccessScope ADMIN = new AccessScope(Role.DKK_ADMIN, null);

    @Autowired
    UserDetailsService users;

    @Autowired
    WilayahService wilayah;

    @Autowired
    FacilityService facilities;

    long kota;
    long timur;
    long lamaru;

    @BeforeEach
    void ids() {
        kota = wilayah.kotaOptions().get(0).id();
        timur = facilities.kecamatanOptions().stream().filter(k -> k.name().equals("Balikpapan Timur"))
                .findFirst().orElseThrow().id();
        lamaru = facilities.kelurahanOptions().stream().filter(k -> k.name().equals("Lamaru"))
                .findFirst().orElseThrow().id();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dkk", "kapus.barutengah", "staf.barutengah"})
    void dkkAndPuskesmasUsersReadTheWilayahButChangeNothing(String user) throws Exception {
        mvc.perform(get("/wilayah").with(as(user)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kecamatan Balikpapan Timur")))
                .andExpect(content().string(containsString("Lamaru")))
                .andExpect(content().string(containsString("Puskesmas Lamaru")))
                .andExpect(content().string(not(containsString("/wilayah/kecamatan/new"))))
                .andExpect(content().string(not(containsString("/edit"))));
        for (MockHttpServletRequestBuilder request : everyChange()) {
            mvc.perform(request.with(as(user))).andExpect(status().isForbidden());
        }
        assertUnchanged();
    }

    @ParameterizedTest
    @ValueSource(strings = {"klinik.barutengah", "klinik.gunungbahagia"})
    void partnerUsersReachNothing(String user) throws Exception {
        mvc.perform(get("/wilayah").with(as(user))).andExpect(status().isForbidden());
        mvc.perform(get("/wilayah").param("q", "Lamaru").with(as(user))).andExpect(status().isForbidden());
        for (MockHttpServletRequestBuilder request : everyChange()) {
            mvc.perform(request.with(as(user))).andExpect(status().isForbidden());
        }
        assertUnchanged();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/wilayah", "/wilayah/kecamatan/new", "/wilayah/kelurahan/1/edit"})
    void anonymousUsersAreSentToTheLoginPage(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().isFound());
    }

    @ParameterizedTest
    @ValueSource(strings = {"kapus.barutengah", "dkk"})
    void puskesmasProfilesAreLinkedOnlyWhereTheViewerMayOpenThem(String user) throws Exception {
        long baruTengah = facilities.findByCode("PKM-BARU-TENGAH").map(FacilityOption::id).orElseThrow();
        long margasari = facilities.findByCode("PKM-MARGASARI").map(FacilityOption::id).orElseThrow();
        String page = mvc.perform(get("/wilayah").param("q", "Balikpapan Barat").with(as(user)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Puskesmas Margasari")))
                .andExpect(content().string(not(containsString("Balikpapan Timur"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("href=\"/facilities/" + baruTengah + "\"");
        if (user.equals("dkk")) {
            assertThat(page).contains("href=\"/facilities/" + margasari + "\"");
        } else {
            assertThat(page).doesNotContain("href=\"/facilities/" + margasari + "\"");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "dkk", "kapus.barutengah", "klinik.barutengah"})
    void theNavigationLinkIsForDkkRolesOnly(String user) throws Exception {
        String home = user.startsWith("klinik") ? "/facilities/" + facilities.findByCode("KP-SEHAT-BERSAMA")
                .map(FacilityOption::id).orElseThrow() : "/facilities";
        boolean dkk = user.equals("admin") || user.equals("dkk");
        mvc.perform(get(home).with(as(user)))
                .andExpect(status().isOk())
                .andExpect(content().string(dkk ? containsString("href=\"/wilayah\"")
                        : not(containsString("href=\"/wilayah\""))));
    }

    private List<MockHttpServletRequestBuilder> everyChange() {
        return List.of(
                get("/wilayah/kecamatan/new"),
                get("/wilayah/kecamatan/{id}/edit", timur),
                get("/wilayah/kelurahan/new"),
                get("/wilayah/kelurahan/new").param("kecamatan", String.valueOf(timur)),
                get("/wilayah/kelurahan/{id}/edit", lamaru),
                post("/wilayah/kecamatan/new").with(csrf())
                        .param("code", "NOPE1").param("name", "Tidak Boleh").param("kotaId", String.valueOf(kota)),
                post("/wilayah/kecamatan/{id}/edit", timur).with(csrf())
                        .param("code", "6471010").param("name", "Dibajak").param("kotaId", String.valueOf(kota))
                        .param("version", "0"),
                post("/wilayah/kecamatan/{id}/deactivate", timur).with(csrf()),
                post("/wilayah/kecamatan/{id}/activate", timur).with(csrf()),
                post("/wilayah/kelurahan/new").with(csrf())
                        .param("code", "NOPE2").param("name", "Tidak Boleh").param("kecamatanId", String.valueOf(timur)),
                post("/wilayah/kelurahan/{id}/edit", lamaru).with(csrf())
                        .param("code", "6471010001").param("name", "Dibajak").param("kecamatanId", String.valueOf(timur))
                        .param("version", "0"),
                post("/wilayah/kelurahan/{id}/deactivate", lamaru).with(csrf()),
                post("/wilayah/kelurahan/{id}/activate", lamaru).with(csrf()),
                post("/wilayah/kelurahan/new").with(csrf()).param("name", "x".repeat(10_000)));
    }

    private void assertUnchanged() {
        KecamatanDetails kecamatan = wilayah.kecamatan(ADMIN, timur);
        assertThat(kecamatan.name()).isEqualTo("Balikpapan Timur");
        assertThat(kecamatan.active()).isTrue();
        assertThat(kecamatan.history()).isEmpty();
        KelurahanDetails kelurahan = wilayah.kelurahan(ADMIN, lamaru);
        assertThat(kelurahan.name()).isEqualTo("Lamaru");
        assertThat(kelurahan.active()).isTrue();
        assertThat(kelurahan.history()).isEmpty();
        assertThat(facilities.kecamatanOptions()).extracting(KecamatanOption::name).doesNotContain("Tidak Boleh");
    }

    private RequestPostProcessor as(String username) {
        return DemoUsers.as(users, username);
    }
}
