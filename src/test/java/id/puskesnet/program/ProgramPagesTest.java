package id.puskesnet.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import id.puskesnet.access.AccessScope;
import id.puskesnet.access.Role;
import id.puskesnet.audit.AuditAction;
import id.puskesnet.facility.FacilityOption;
import id.puskesnet.facility.FacilityService;
import id.puskesnet.support.DemoUsers;
import id.puskesnet.support.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The program catalogue pages: the DKK administrator keeps every program, a puskesmas head the innovations of their
 * own puskesmas, everyone else (but partner clinics) reads; bad input never breaks anything.
 */
class ProgramPagesTest extends WebIntegrationTest {

    private static final AccessScope ADMINISTRATOR = new AccessScope(Role.DKK_ADMIN, null);
    private static Targets targets;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    ProgramRegistry registry;

    @Autowired
    ProgramCatalog catalog;

    @Autowired
    FacilityService facilities;

    private record Targets(long priority, long ownInnovation, long otherInnovation) {

        long of(String which) {
            return switch (which) {
                case "priority" -> priority;
                case "own" -> ownInnovation;
                default -> otherInnovation;
            };
        }
    }

    static Stream<Arguments> refusals() {
        List<String> writes = List.of("GET /programs/{id}/edit", "POST /programs/{id}/edit",
                "POST /programs/{id}/deactivate", "POST /programs/{id}/activate");
        Stream<Arguments> head = Stream.concat(
                Stream.of(Arguments.of("kapus.barutengah", "GET /programs/{id}", "other")),
                Stream.of("priority", "other").flatMap(t -> writes.stream()
                        .map(route -> Arguments.of("kapus.barutengah", route, t))));
        Stream<Arguments> staff = Stream.concat(Stream.of(Arguments.of("staf.barutengah", "GET /programs/new", "own"),
                        Arguments.of("staf.barutengah", "POST /programs/new", "own")),
                Stream.of("priority", "own").flatMap(t -> writes.stream()
                        .map(route -> Arguments.of("staf.barutengah", route, t))));
        Stream<Arguments> officer = Stream.concat(Stream.of(Arguments.of("dkk", "GET /programs/new", "own"),
                        Arguments.of("dkk", "POST /programs/new", "own")),
                Stream.of("priority", "own").flatMap(t -> writes.stream().map(route -> Arguments.of("dkk", route, t))));
        Stream<Arguments> otherHead = Stream.concat(Stream.of("GET /programs/{id}"), writes.stream())
                .map(route -> Arguments.of("kapus.gunungbahagia", route, "own"));
        Stream<Arguments> partner = Stream.of("GET /programs", "GET /programs/export.csv", "GET /programs/new",
                        "POST /programs/new", "GET /programs/{id}", "GET /programs/{id}/edit",
                        "POST /programs/{id}/edit", "POST /programs/{id}/deactivate")
                .map(route -> Arguments.of("klinik.barutengah", route, "priority"));
        return Stream.of(head, staff, officer, otherHead, partner).flatMap(s -> s);
    }

    @ParameterizedTest(name = "{0}: {1} ({2})")
    @MethodSource("refusals")
    void refusedRequestsGet403AndChangeNothing(String username, String route, String which) throws Exception {
        long id = targets().of(which);
        ProgramDetails before = catalog.details(ADMINISTRATOR, id);
        String[] methodAndPath = route.split(" ");
        MockHttpServletRequestBuilder request = methodAndPath[0].equals("GET") ? get(methodAndPath[1], id)
                : post(methodAndPath[1], id).with(csrf()).param("code", "PENYUSUP").param("name", "Penyusup")
                        .param("kind", "INOVASI").param("version", String.valueOf(before.version()));

        mvc.perform(request.with(DemoUsers.as(userDetailsService, username))).andExpect(status().isForbidden());

        ProgramDetails after = catalog.details(ADMINISTRATOR, id);
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.name()).isEqualTo(before.name());
        assertThat(after.active()).isEqualTo(before.active());
        assertThat(catalog.findByCode("PENYUSUP")).isEmpty();
    }

    @Test
    void aHeadAddsAnInnovationOfTheirOwnPuskesmasWhateverTheFormNames() throws Exception {
        String code = code("INOV");
        MvcResult created = mvc.perform(post("/programs/new").with(csrf())
                        .with(DemoUsers.as(userDetailsService, "kapus.barutengah"))
                        .param("code", code.toLowerCase(Locale.ROOT)).param("name", "Inovasi uji kepala")
                        .param("kind", "PRIORITAS").param("ownerPuskesmasId", String.valueOf(gunungBahagia()))
                        .param("sortOrder", "1").param("version", "0"))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("success", "program.created"))
                .andReturn();
        ProgramDetails program = catalog.details(ADMINISTRATOR, idFrom(created));
        assertThat(program.code()).isEqualTo(code);
        assertThat(program.kind()).isEqualTo(ProgramKind.INOVASI);
        assertThat(program.ownerPuskesmasId()).isEqualTo(baruTengah());
        assertThat(program.sortOrder()).isEqualTo(ProgramRegistry.DEFAULT_SORT_ORDER);
        assertThat(program.history().get(0).action()).isEqualTo(AuditAction.CREATE);

        mvc.perform(post("/programs/{id}/edit", program.id()).with(csrf())
                        .with(DemoUsers.as(userDetailsService, "kapus.barutengah"))
                        .param("name", "Inovasi uji diubah").param("description", "Uraian baru")
                        .param("kind", "PRIORITAS").param("version", String.valueOf(program.version())))
                .andExpect(redirectedUrl("/programs/" + program.id()));
        mvc.perform(post("/programs/{id}/deactivate", program.id()).with(csrf())
                        .with(DemoUsers.as(userDetailsService, "kapus.barutengah")))
                .andExpect(redirectedUrl("/programs/" + program.id()));
        ProgramDetails after = catalog.details(ADMINISTRATOR, program.id());
        assertThat(after.name()).isEqualTo("Inovasi uji diubah");
        assertThat(after.kind()).isEqualTo(ProgramKind.INOVASI);
        assertThat(after.code()).isEqualTo(code);
        assertThat(after.active()).isFalse();
        assertThat(catalog.choices(new AccessScope(Role.PUSKESMAS_HEAD, baruTengah())))
                .extracting(ProgramOption::id).doesNotContain(program.id());
    }

    @Test
    void theAdministratorKeepsPriorityProgramsCityWide() throws Exception {
        String code = code("PRIO");
        mvc.perform(post("/programs/new").with(csrf()).with(DemoUsers.as(userDetailsService, "admin"))
                        .param("code", code).param("name", "Prioritas uji").param("kind", "PRIORITAS")
                        .param("ownerPuskesmasId", String.valueOf(baruTengah())).param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Program prioritas berlaku untuk seluruh kota")));
        mvc.perform(post("/programs/new").with(csrf()).with(DemoUsers.as(userDetailsService, "admin"))
                        .param("code", code).param("name", "Prioritas uji").param("kind", "PRIORITAS")
                        .param("sortOrder", "5").param("version", "0"))
                .andExpect(status().isFound());
        ProgramOption created = catalog.findByCode(code).orElseThrow();
        assertThat(created.ownerPuskesmasId()).isNull();
        assertThat(catalog.priorityPrograms()).extracting(ProgramOption::code).contains("TB", "HT", "DM", "GIZI",
                "ORI_CAMPAK", code);
        // Other tests count on the five priority programs of the city.
        registry.setActive(ADMINISTRATOR, created.id(), false);
        assertThat(catalog.priorityPrograms()).extracting(ProgramOption::code).doesNotContain(code);
    }

    @Test
    void theExistingCatalogueMethodsKeepWorkingForOtherModules() {
        assertThat(catalog.findByCode("TB")).get().extracting(ProgramOption::kind).isEqualTo(ProgramKind.PRIORITAS);
        assertThat(catalog.all()).extracting(ProgramOption::code).contains("TB", "KLASIK");
        long other = targets().otherInnovation();
        assertThat(catalog.choices(new AccessScope(Role.PUSKESMAS_STAFF, baruTengah())))
                .extracting(ProgramOption::id).contains(targets().ownInnovation()).doesNotContain(other);
        assertThat(catalog.choices(new AccessScope(Role.DKK_OFFICER, null))).extracting(ProgramOption::id)
                .contains(other);
        assertThat(catalog.find(other)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kapus.barutengah", "staf.barutengah", "dkk"})
    void puskesmasUsersSeeTheCitysProgramsAndTheirOwnInnovationsOnly(String username) throws Exception {
        Targets t = targets();
        boolean cityWide = username.equals("dkk");
        mvc.perform(get("/programs").param("q", "uji halaman").with(DemoUsers.as(userDetailsService, username)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/programs/" + t.ownInnovation() + "\"")))
                .andExpect(content().string(cityWide ? containsString("/programs/" + t.otherInnovation() + "\"")
                        : not(containsString("/programs/" + t.otherInnovation() + "\""))));
        mvc.perform(get("/programs/export.csv").with(DemoUsers.as(userDetailsService, username)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(content().string(containsString("Tuberkulosis (TB)")))
                .andExpect(content().string(containsString("KLASIK")));
    }

    @Test
    void badInputIsAFieldErrorAndMarkupIsEscaped() throws Exception {
        mvc.perform(create("KLASIK", "Ganda")).andExpect(content().string(containsString("Kode ini sudah dipakai")));
        mvc.perform(create("A", "Terlalu pendek")).andExpect(content().string(containsString("2-30 huruf")));
        mvc.perform(create("kode-salah!", "Format")).andExpect(content().string(containsString("Format tidak valid.")));
        mvc.perform(create("", "Tanpa kode")).andExpect(content().string(containsString("Kode wajib diisi.")));
        mvc.perform(create(code("PANJANG"), "x".repeat(10_000)))
                .andExpect(content().string(containsString("Panjang harus antara 0 dan 150 karakter.")));
        String markup = code("MARKUP");
        mvc.perform(create(markup, "<script>alert('p')</script>")).andExpect(status().isFound());
        long id = catalog.findByCode(markup).orElseThrow().id();
        mvc.perform(get("/programs/{id}", id).with(DemoUsers.as(userDetailsService, "kapus.barutengah")))
                .andExpect(content().string(containsString("&lt;script&gt;alert(&#39;p&#39;)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert("))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/programs/abc", "/programs/abc/edit", "/programs/99999999999999999999",
            "/programs?kind=BUKAN", "/programs?owner=satu", "/programs?page=x", "/programs/export.csv?active=mungkin"})
    void malformedAddressesAreBadRequests(String path) throws Exception {
        mvc.perform(get(path).with(DemoUsers.as(userDetailsService, "admin"))).andExpect(status().isBadRequest());
    }

    @Test
    void anUnknownProgramIsNotFound() throws Exception {
        mvc.perform(get("/programs/{id}", Long.MAX_VALUE).with(DemoUsers.as(userDetailsService, "admin")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aStaleEditGetsTheConflictPage() throws Exception {
        long id = targets().ownInnovation();
        ProgramDetails before = catalog.details(ADMINISTRATOR, id);
        registry.update(ADMINISTRATOR, id, new ProgramData(null, before.name(), before.nameEn(), before.kind(),
                before.ownerPuskesmasId(), "Diubah lebih dulu", before.sortOrder()), before.version());
        mvc.perform(post("/programs/{id}/edit", id).with(csrf())
                        .with(DemoUsers.as(userDetailsService, "kapus.barutengah"))
                        .param("name", before.name()).param("description", "Diubah kemudian")
                        .param("version", String.valueOf(before.version())))
                .andExpect(status().isConflict());
        assertThat(catalog.details(ADMINISTRATOR, id).description()).isEqualTo("Diubah lebih dulu");
    }

    private MockHttpServletRequestBuilder create(String code, String name) {
        return post("/programs/new").with(csrf()).with(DemoUsers.as(userDetailsService, "kapus.barutengah"))
                .param("code", code).param("name", name).param("version", "0");
    }

    private static String code(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private long baruTengah() {
        return facilities.findByCode("PKM-BARU-TENGAH").map(FacilityOption::id).orElseThrow();
    }

    private long gunungBahagia() {
        return facilities.findByCode("PKM-GUNUNG-BAHAGIA").map(FacilityOption::id).orElseThrow();
    }

    private static long idFrom(MvcResult result) {
        String location = result.getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private synchronized Targets targets() {
        if (targets == null) {
            // Inactive: other tests count on the five priority programs of the city.
            long priority = registry.create(ADMINISTRATOR, new ProgramData(code("PRIO"), "Prioritas uji halaman", null,
                    ProgramKind.PRIORITAS, null, null, 900));
            registry.setActive(ADMINISTRATOR, priority, false);
            targets = new Targets(priority,
                    registry.create(ADMINISTRATOR, new ProgramData(code("OWN"), "Inovasi uji halaman Baru Tengah",
                            null, ProgramKind.INOVASI, baruTengah(), null, 900)),
                    registry.create(ADMINISTRATOR, new ProgramData(code("OTHER"), "Inovasi uji halaman lain", null,
                            ProgramKind.INOVASI, gunungBahagia(), null, 900)));
        }
        return targets;
    }
}
