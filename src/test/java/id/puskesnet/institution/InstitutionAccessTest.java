package id.puskesnet.institution;

import static id.puskesnet.institution.FreshInstitutions.ADMINISTRATOR;
import static id.puskesnet.institution.FreshInstitutions.BARU_TENGAH;
import static id.puskesnet.institution.FreshInstitutions.GUNUNG_BAHAGIA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.stream.Stream;

import id.puskesnet.facility.FacilityService;
import id.puskesnet.support.DemoUsers;
import id.puskesnet.support.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Who may read and change which institution: the DKK administrator everything, the DKK officer reads all,
 * puskesmas heads and staff the city-level institutions and their own puskesmas's, partner clinics nothing.
 */
class InstitutionAccessTest extends WebIntegrationTest {

    /** The refused requests aim at these; they must stay exactly as created. */
    private static Targets targets;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    InstitutionRegistry registry;

    @Autowired
    InstitutionService institutions;

    @Autowired
    FacilityService facilities;

    private record Targets(long cityLevel, long baruTengah, long gunungBahagia, String cityLevelName,
                           String baruTengahName, String gunungBahagiaName) {

        long of(String which) {
            return switch (which) {
                case "city" -> cityLevel;
                case "baruTengah" -> baruTengah;
                default -> gunungBahagia;
            };
        }
    }

    // --- refused ---

    static Stream<Arguments> refusals() {
        List<String> writes = List.of("GET /institutions/{id}/edit", "POST /institutions/{id}/edit",
                "POST /institutions/{id}/deactivate", "POST /institutions/{id}/activate");
        Stream<Arguments> officer = Stream.concat(
                Stream.of(Arguments.of("dkk", "GET /institutions/new", "city"),
                        Arguments.of("dkk", "POST /institutions/new", "city")),
                Stream.of("city", "baruTengah", "gunungBahagia")
                        .flatMap(target -> writes.stream().map(route -> Arguments.of("dkk", route, target))));
        Stream<Arguments> puskesmas = Stream.of("kapus.barutengah", "staf.barutengah").flatMap(user -> Stream.concat(
                Stream.concat(Stream.of(Arguments.of(user, "GET /institutions/{id}", "gunungBahagia")),
                        writes.stream().map(route -> Arguments.of(user, route, "gunungBahagia"))),
                writes.stream().map(route -> Arguments.of(user, route, "city"))));
        Stream<Arguments> partner = Stream.of("GET /institutions", "GET /institutions/export.csv",
                        "GET /institutions/new", "POST /institutions/new", "GET /institutions/{id}",
                        "GET /institutions/{id}/edit", "POST /institutions/{id}/edit",
                        "POST /institutions/{id}/deactivate", "POST /institutions/{id}/activate")
                .flatMap(route -> Stream.of("city", "baruTengah")
                        .map(target -> Arguments.of("klinik.barutengah", route, target)));
        return Stream.of(officer, puskesmas, partner).flatMap(s -> s);
    }

    @ParameterizedTest(name = "{0}: {1} ({2})")
    @MethodSource("refusals")
    void refusedRequestsGet403AndChangeNothing(String username, String route, String target) throws Exception {
        long id = targets().of(target);
        InstitutionDetails before = institutions.details(ADMINISTRATOR, id);
        String intruderName = FreshInstitutions.name("Penyusup");
        String[] methodAndPath = route.split(" ");
        MockHttpServletRequestBuilder request = methodAndPath[0].equals("GET")
                ? get(methodAndPath[1], id)
                : post(methodAndPath[1], id).with(csrf())
                        .param("name", intruderName).param("sector", "LAINNYA")
                        .param("version", String.valueOf(before.version()));

        mvc.perform(request.with(DemoUsers.as(userDetailsService, username)))
                .andExpect(status().isForbidden());

        InstitutionDetails after = institutions.details(ADMINISTRATOR, id);
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.name()).isEqualTo(before.name());
        assertThat(after.active()).isEqualTo(before.active());
        assertThat(named(intruderName)).isZero();
    }

    @Test
    void unknownIdsAreRefusedToPartnerClinicsBeforeTheyCanTellWhatExists() throws Exception {
        mvc.perform(post("/institutions/{id}/deactivate", Long.MAX_VALUE).with(csrf())
                        .with(DemoUsers.as(userDetailsService, "klinik.barutengah")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/institutions/{id}", Long.MAX_VALUE)
                        .with(DemoUsers.as(userDetailsService, "klinik.barutengah")))
                .andExpect(status().isForbidden());
    }

    // --- allowed ---

    @ParameterizedTest
    @ValueSource(strings = {"admin", "dkk"})
    void theDkkReadsEveryInstitution(String username) throws Exception {
        Targets t = targets();
        mvc.perform(get("/institutions").param("q", "uji akses").param("sort", "sector")
                        .with(DemoUsers.as(userDetailsService, username)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(t.cityLevelName())))
                .andExpect(content().string(containsString(t.baruTengahName())))
                .andExpect(content().string(containsString(t.gunungBahagiaName())));
        for (long id : new long[] {t.cityLevel(), t.baruTengah(), t.gunungBahagia()}) {
            mvc.perform(get("/institutions/{id}", id).with(DemoUsers.as(userDetailsService, username)))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void theDkkOfficerIsOfferedNoChanges() throws Exception {
        long id = targets().gunungBahagia();
        mvc.perform(get("/institutions/{id}", id).with(DemoUsers.as(userDetailsService, "dkk")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/institutions/" + id + "/edit"))))
                .andExpect(content().string(not(containsString("/deactivate"))));
        mvc.perform(get("/institutions").with(DemoUsers.as(userDetailsService, "dkk")))
                .andExpect(content().string(not(containsString("/institutions/new"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kapus.barutengah", "staf.barutengah"})
    void puskesmasUsersReadCityLevelAndTheirOwnOnly(String username) throws Exception {
        Targets t = targets();
        mvc.perform(get("/institutions").param("q", "uji akses").with(DemoUsers.as(userDetailsService, username)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(t.cityLevelName())))
                .andExpect(content().string(containsString(t.baruTengahName())))
                .andExpect(content().string(not(containsString(t.gunungBahagiaName()))));
        // The owner filter is the DKK's: a puskesmas user naming another puskesmas still sees only their scope.
        mvc.perform(get("/institutions").param("q", "uji akses")
                        .param("owner", String.valueOf(FreshInstitutions.puskesmasId(facilities, GUNUNG_BAHAGIA)))
                        .with(DemoUsers.as(userDetailsService, username)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(t.gunungBahagiaName()))))
                .andExpect(content().string(not(containsString("id=\"owner\""))));
        mvc.perform(get("/institutions/{id}", t.cityLevel()).with(DemoUsers.as(userDetailsService, username)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/deactivate"))));
        mvc.perform(get("/institutions/{id}", t.baruTengah()).with(DemoUsers.as(userDetailsService, username)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/institutions/" + t.baruTengah() + "/edit")));
        mvc.perform(get("/institutions/{id}/edit", t.baruTengah()).with(DemoUsers.as(userDetailsService, username)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"ownerPuskesmasId\""))));
    }

    @ParameterizedTest
    @CsvSource({
            "kapus.barutengah, BNN Kota Balikpapan, true",
            "kapus.barutengah, Polsek Balikpapan Barat, true",
            "kapus.barutengah, PT Pertamina Transkon, true",
            "kapus.barutengah, Kelurahan Gunung Bahagia, false",
            "kapus.gunungbahagia, BNN Kota Balikpapan, true",
            "kapus.gunungbahagia, Kelurahan Gunung Bahagia, true",
            "kapus.gunungbahagia, Polsek Balikpapan Barat, false"})
    void puskesmasUsersSeeTheDemoPartnersOfTheirOwnPuskesmasAndTheCityOnly(String username, String name,
                                                                           boolean visible) throws Exception {
        mvc.perform(get("/institutions").param("q", name).with(DemoUsers.as(userDetailsService, username)))
                .andExpect(status().isOk())
                .andExpect(content().string(visible ? containsString(">" + name + "<")
                        : not(containsString(">" + name + "<"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kapus.barutengah", "staf.barutengah"})
    void puskesmasUsersCreateForTheirOwnPuskesmasWhateverTheFormNames(String username) throws Exception {
        String name = FreshInstitutions.name("Karang Taruna uji");
        long gunungBahagia = FreshInstitutions.puskesmasId(facilities, GUNUNG_BAHAGIA);
        mvc.perform(get("/institutions/new").with(DemoUsers.as(userDetailsService, username)))
                .andExpect(status().isOk());

        MvcResult result = mvc.perform(post("/institutions/new").with(csrf())
                        .with(DemoUsers.as(userDetailsService, username))
                        .param("name", name).param("sector", "ORGANISASI_MASYARAKAT")
                        .param("ownerPuskesmasId", String.valueOf(gunungBahagia)).param("version", "0"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("/institutions/*"))
                .andReturn();

        long id = idFrom(result);
        InstitutionDetails created = institutions.details(ADMINISTRATOR, id);
        assertThat(created.name()).isEqualTo(name);
        assertThat(created.ownerPuskesmasId()).isEqualTo(FreshInstitutions.puskesmasId(facilities, BARU_TENGAH));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kapus.barutengah", "staf.barutengah"})
    void puskesmasUsersEditAndDeactivateTheirOwn(String username) throws Exception {
        long own = FreshInstitutions.create(registry, FreshInstitutions.name("LPM uji"), InstitutionSector.LPM,
                FreshInstitutions.puskesmasId(facilities, BARU_TENGAH));
        String renamed = FreshInstitutions.name("LPM diubah");

        mvc.perform(post("/institutions/{id}/edit", own).with(csrf()).with(DemoUsers.as(userDetailsService, username))
                        .param("name", renamed).param("sector", "LPM").param("version", "0")
                        .param("ownerPuskesmasId", ""))
                .andExpect(redirectedUrl("/institutions/" + own));
        mvc.perform(post("/institutions/{id}/deactivate", own).with(csrf())
                        .with(DemoUsers.as(userDetailsService, username)))
                .andExpect(redirectedUrl("/institutions/" + own));

        InstitutionDetails after = institutions.details(ADMINISTRATOR, own);
        assertThat(after.name()).isEqualTo(renamed);
        assertThat(after.active()).isFalse();
        assertThat(after.ownerPuskesmasId()).isEqualTo(FreshInstitutions.puskesmasId(facilities, BARU_TENGAH));
    }

    @Test
    void theAdministratorCreatesEditsMovesAndDeactivatesAny() throws Exception {
        long gunungBahagia = FreshInstitutions.puskesmasId(facilities, GUNUNG_BAHAGIA);
        mvc.perform(get("/institutions/new").with(DemoUsers.as(userDetailsService, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"ownerPuskesmasId\"")));
        String name = FreshInstitutions.name("Perusahaan uji");
        MvcResult result = mvc.perform(post("/institutions/new").with(csrf())
                        .with(DemoUsers.as(userDetailsService, "admin"))
                        .param("name", name).param("sector", "PERUSAHAAN")
                        .param("ownerPuskesmasId", String.valueOf(gunungBahagia)).param("version", "0"))
                .andExpect(status().isFound())
                .andReturn();
        long id = idFrom(result);
        assertThat(institutions.details(ADMINISTRATOR, id).ownerPuskesmasId()).isEqualTo(gunungBahagia);

        mvc.perform(get("/institutions/{id}/edit", id).with(DemoUsers.as(userDetailsService, "admin")))
                .andExpect(status().isOk());
        mvc.perform(post("/institutions/{id}/edit", id).with(csrf()).with(DemoUsers.as(userDetailsService, "admin"))
                        .param("name", name).param("sector", "PERUSAHAAN").param("ownerPuskesmasId", "")
                        .param("version", "0"))
                .andExpect(redirectedUrl("/institutions/" + id));
        assertThat(institutions.details(ADMINISTRATOR, id).cityLevel()).isTrue();

        mvc.perform(post("/institutions/{id}/deactivate", id).with(csrf())
                        .with(DemoUsers.as(userDetailsService, "admin")))
                .andExpect(redirectedUrl("/institutions/" + id));
        assertThat(institutions.details(ADMINISTRATOR, id).active()).isFalse();
        mvc.perform(post("/institutions/{id}/activate", id).with(csrf())
                        .with(DemoUsers.as(userDetailsService, "admin")))
                .andExpect(redirectedUrl("/institutions/" + id));
        assertThat(institutions.details(ADMINISTRATOR, id).active()).isTrue();
    }

    private long named(String name) {
        return institutions.search(ADMINISTRATOR, new InstitutionFilter(name, null, null, null, false, null),
                Pageable.unpaged()).getTotalElements();
    }

    private static long idFrom(MvcResult result) {
        String location = result.getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private synchronized Targets targets() {
        if (targets == null) {
            String city = FreshInstitutions.name("BNN uji akses");
            String baruTengah = FreshInstitutions.name("Sekolah uji akses");
            String gunungBahagia = FreshInstitutions.name("Kelurahan uji akses");
            targets = new Targets(
                    FreshInstitutions.create(registry, city, InstitutionSector.BNN, null),
                    FreshInstitutions.create(registry, baruTengah, InstitutionSector.SEKOLAH,
                            FreshInstitutions.puskesmasId(facilities, BARU_TENGAH)),
                    FreshInstitutions.create(registry, gunungBahagia, InstitutionSector.KELURAHAN,
                            FreshInstitutions.puskesmasId(facilities, GUNUNG_BAHAGIA)),
                    city, baruTengah, gunungBahagia);
        }
        return targets;
    }
}
