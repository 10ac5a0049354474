package id.puskesnet.mou;

import static id.puskesnet.mou.MouFixtures.ADMINISTRATOR;
import static id.puskesnet.mou.MouFixtures.BARU_TENGAH;
import static id.puskesnet.mou.MouFixtures.GUNUNG_BAHAGIA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import id.puskesnet.facility.FacilityService;
import id.puskesnet.institution.InstitutionRegistry;
import id.puskesnet.institution.InstitutionSector;
import id.puskesnet.support.DemoUsers;
import id.puskesnet.support.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Who may read and change which MoU: the DKK reads all, its administrator changes all and its officer the DKK's
 * own; puskesmas heads and staff read and change their own puskesmas's only; partner clinics nothing.
 */
class MouAccessTest extends WebIntegrationTest {

    /** The refused requests aim at these; they must stay exactly as created. */
    private static Targets targets;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    MouRegistry registry;

    @Autowired
    MouService mous;

    @Autowired
    InstitutionRegistry institutions;

    @Autowired
    FacilityService facilities;

    @Autowired
    Clock clock;

    private record Target(long mou, long logEntry, String number) {
    }

    private record Targets(Target baruTengah, Target gunungBahagia, Target dkk) {

        Target of(String which) {
            return switch (which) {
                case "baruTengah" -> baruTengah;
                case "gunungBahagia" -> gunungBahagia;
                default -> dkk;
            };
        }
    }

    static final List<String> READS = List.of("GET /mous/{id}", "GET /mous/{id}/document");
    static final List<String> WRITES = List.of("GET /mous/{id}/edit", "POST /mous/{id}/edit", "GET /mous/{id}/renew",
            "POST /mous/{id}/renew", "GET /mous/{id}/terminate", "POST /mous/{id}/terminate",
            "POST /mous/{id}/document", "GET /mous/{id}/log/new", "POST /mous/{id}/log/new",
            "GET /mous/{id}/log/{entry}/edit", "POST /mous/{id}/log/{entry}/edit",
            "POST /mous/{id}/log/{entry}/delete");

    // --- refused ---

    static Stream<Arguments> refusals() {
        Stream<Arguments> otherPuskesmas = Stream.of("kapus.barutengah", "staf.barutengah").flatMap(user ->
                Stream.of("gunungBahagia", "dkk").flatMap(target -> Stream.concat(READS.stream(), WRITES.stream())
                        .map(route -> Arguments.of(user, route, target))));
        Stream<Arguments> otherHead = Stream.concat(READS.stream(), WRITES.stream())
                .map(route -> Arguments.of("kapus.gunungbahagia", route, "baruTengah"));
        Stream<Arguments> officer = Stream.of("baruTengah", "gunungBahagia")
                .flatMap(target -> WRITES.stream().map(route -> Arguments.of("dkk", route, target)));
        Stream<Arguments> partner = Stream.concat(Stream.of("GET /mous", "GET /mous/export.csv", "GET /mous/new",
                        "POST /mous/new"), Stream.concat(READS.stream(), WRITES.stream()))
                .flatMap(route -> Stream.of("baruTengah", "dkk").map(t -> Arguments.of("klinik.barutengah", route, t)));
        return Stream.of(otherPuskesmas, otherHead, officer, partner).flatMap(s -> s);
    }

    @ParameterizedTest(name = "{0}: {1} ({2})")
    @MethodSource("refusals")
    void refusedRequestsGet403AndChangeNothing(String username, String route, String which) throws Exception {
        Target target = targets().of(which);
        MouDetails before = mous.details(ADMINISTRATOR, target.mou());
        String[] methodAndPath = route.split(" ");
        String path = methodAndPath[1].replace("{id}", String.valueOf(target.mou()))
                .replace("{entry}", String.valueOf(target.logEntry()));

        mvc.perform(request(methodAndPath[0], path, before).with(DemoUsers.as(userDetailsService, username)))
                .andExpect(status().isForbidden());

        MouDetails after = mous.details(ADMINISTRATOR, target.mou());
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.title()).isEqualTo(before.title());
        assertThat(after.status()).isEqualTo(before.status());
        assertThat(after.renewedBy()).isNull();
        assertThat(after.log()).isEqualTo(before.log());
        assertThat(after.document()).isEqualTo(before.document());
        assertThat(after.history()).hasSameSizeAs(before.history());
    }

    @Test
    void anotherPuskesmassHeadCannotDownloadTheDocumentNorLearnItsName() throws Exception {
        Target t = targets().baruTengah();
        MvcResult refused = mvc.perform(get("/mous/{id}/document", t.mou())
                        .with(DemoUsers.as(userDetailsService, "kapus.gunungbahagia")))
                .andExpect(status().isForbidden())
                .andReturn();
        assertThat(refused.getResponse().getHeader("Content-Disposition")).isNull();
        assertThat(refused.getResponse().getContentAsString()).doesNotContain("PDF-1.4").doesNotContain(t.number());
    }

    @Test
    void unknownMousAreRefusedToPartnerClinicsBeforeTheyCanTellWhatExists() throws Exception {
        mvc.perform(get("/mous/{id}", Long.MAX_VALUE).with(DemoUsers.as(userDetailsService, "klinik.barutengah")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/mous/{id}/document", Long.MAX_VALUE)
                        .with(DemoUsers.as(userDetailsService, "klinik.barutengah")))
                .andExpect(status().isForbidden());
    }

    // --- allowed ---

    @ParameterizedTest
    @ValueSource(strings = {"admin", "dkk"})
    void theDkkReadsEveryMouAndItsDocument(String username) throws Exception {
        Targets t = targets();
        mvc.perform(get("/mous").param("q", "akses").with(DemoUsers.as(userDetailsService, username)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(t.baruTengah().number())))
                .andExpect(content().string(containsString(t.gunungBahagia().number())))
                .andExpect(content().string(containsString(t.dkk().number())));
        for (Target target : List.of(t.baruTengah(), t.gunungBahagia(), t.dkk())) {
            mvc.perform(get("/mous/{id}", target.mou()).with(DemoUsers.as(userDetailsService, username)))
                    .andExpect(status().isOk());
        }
        mvc.perform(get("/mous/{id}/document", t.baruTengah().mou()).with(DemoUsers.as(userDetailsService, username)))
                .andExpect(status().isOk());
    }

    @Test
    void theOfficerChangesTheDkksOwnMousButOnlyReadsThoseOfPuskesmas() throws Exception {
        Targets t = targets();
        mvc.perform(get("/mous/{id}", t.gunungBahagia().mou()).with(DemoUsers.as(userDetailsService, "dkk")))
                .andExpect(content().string(not(containsString("/mous/" + t.gunungBahagia().mou() + "/edit"))))
                .andExpect(content().string(not(containsString("multipart/form-data"))));
        mvc.perform(get("/mous/{id}", t.dkk().mou()).with(DemoUsers.as(userDetailsService, "dkk")))
                .andExpect(content().string(containsString("/mous/" + t.dkk().mou() + "/edit")));

        long cityInstitution = MouFixtures.institution(institutions, MouFixtures.unique("BNN uji petugas"),
                InstitutionSector.BNN, null);
        String number = MouFixtures.unique("PKS/DKK/uji");
        long puskesmas = MouFixtures.puskesmasId(facilities, GUNUNG_BAHAGIA);
        MvcResult created = mvc.perform(post("/mous/new").with(csrf()).with(DemoUsers.as(userDetailsService, "dkk"))
                        .param("number", number).param("title", "Rujukan rehabilitasi")
                        .param("ownerPuskesmasId", String.valueOf(puskesmas))
                        .param("institutionIds", String.valueOf(cityInstitution)).param("scope", "Rujukan")
                        .param("version", "0"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("/mous/*"))
                .andReturn();
        MouDetails mou = mous.details(ADMINISTRATOR, idFrom(created));
        assertThat(mou.number()).isEqualTo(number);
        assertThat(mou.dkkLevel()).as("the officer records the DKK's MoUs whatever the form names").isTrue();
        assertThat(mou.status()).isEqualTo(MouStatus.DRAFT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"kapus.barutengah", "staf.barutengah"})
    void puskesmasUsersSeeOnlyTheirOwnAndRecordForTheirOwnWhateverTheFormNames(String username) throws Exception {
        Targets t = targets();
        mvc.perform(get("/mous").param("q", "akses").with(DemoUsers.as(userDetailsService, username)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(t.baruTengah().number())))
                .andExpect(content().string(not(containsString(t.gunungBahagia().number()))))
                .andExpect(content().string(not(containsString(t.dkk().number()))))
                .andExpect(content().string(not(containsString("id=\"puskesmas\""))));
        // The puskesmas filter narrows the user's scope; it never widens it.
        mvc.perform(get("/mous").param("q", "akses")
                        .param("puskesmas", String.valueOf(MouFixtures.puskesmasId(facilities, GUNUNG_BAHAGIA)))
                        .with(DemoUsers.as(userDetailsService, username)))
                .andExpect(content().string(not(containsString(t.gunungBahagia().number()))));
        mvc.perform(get("/mous/export.csv").with(DemoUsers.as(userDetailsService, username)))
                .andExpect(content().string(containsString(t.baruTengah().number())))
                .andExpect(content().string(not(containsString(t.gunungBahagia().number()))));

        long own = MouFixtures.institution(institutions, MouFixtures.unique("Sekolah uji milik"),
                InstitutionSector.SEKOLAH, MouFixtures.puskesmasId(facilities, BARU_TENGAH));
        String number = MouFixtures.unique("PKS/BT/uji");
        MvcResult created = mvc.perform(post("/mous/new").with(csrf())
                        .with(DemoUsers.as(userDetailsService, username))
                        .param("number", number).param("title", "Konseling berhenti merokok")
                        .param("ownerPuskesmasId", String.valueOf(MouFixtures.puskesmasId(facilities, GUNUNG_BAHAGIA)))
                        .param("institutionIds", String.valueOf(own)).param("scope", "Konseling di sekolah")
                        .param("signedOn", "2025-01-10").param("startsOn", "2025-02-01").param("endsOn", "2027-01-31")
                        .param("version", "0"))
                .andExpect(status().isFound())
                .andReturn();
        MouDetails mou = mous.details(ADMINISTRATOR, idFrom(created));
        assertThat(mou.ownerPuskesmasId()).isEqualTo(MouFixtures.puskesmasId(facilities, BARU_TENGAH));
        assertThat(mou.institutions()).extracting(MouParty::id).containsExactly(own);
    }

    @ParameterizedTest
    @ValueSource(strings = {"kapus.barutengah", "staf.barutengah"})
    void puskesmasUsersDownloadTheirOwnDocumentAsAnAttachment(String username) throws Exception {
        Target t = targets().baruTengah();
        MvcResult download = mvc.perform(get("/mous/{id}/document", t.mou())
                        .with(DemoUsers.as(userDetailsService, username)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString("pks-uji-akses.pdf")))
                .andReturn();
        assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(MouFixtures.pdf("akses"));
    }

    private AbstractMockHttpServletRequestBuilder<?> request(String method, String path, MouDetails mou) {
        if (method.equals("GET")) {
            return get(path);
        }
        if (path.endsWith("/document")) {
            return multipart(path).file(new MockMultipartFile("file", "penyusup.pdf", "application/pdf",
                    MouFixtures.pdf("penyusup"))).with(csrf());
        }
        return post(path).with(csrf())
                .param("number", "PENYUSUP").param("title", "Penyusup").param("scope", "Penyusup")
                .param("institutionIds", String.valueOf(mou.institutions().get(0).id()))
                .param("signedOn", "2025-01-01").param("startsOn", "2025-01-01").param("endsOn", "2026-01-01")
                .param("terminatedOn", "2025-06-01").param("reason", "Penyusup")
                .param("happenedOn", "2025-06-01").param("description", "Penyusup")
                .param("version", String.valueOf(mou.version()));
    }

    private static long idFrom(MvcResult result) {
        String location = result.getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private synchronized Targets targets() {
        if (targets == null) {
            long baruTengah = MouFixtures.puskesmasId(facilities, BARU_TENGAH);
            long gunungBahagia = MouFixtures.puskesmasId(facilities, GUNUNG_BAHAGIA);
            targets = new Targets(target(baruTengah, InstitutionSector.SEKOLAH),
                    target(gunungBahagia, InstitutionSector.KELURAHAN), target(null, InstitutionSector.BNN));
        }
        return targets;
    }

    private Target target(Long owner, InstitutionSector sector) {
        long institution = MouFixtures.institution(institutions, MouFixtures.unique("Mitra uji akses"), sector, owner);
        String number = MouFixtures.unique("PKS/uji akses");
        LocalDate start = LocalDate.now(clock).minusMonths(6);
        long id = registry.create(ADMINISTRATOR, MouFixtures.data(number, owner, institution, start,
                start.plusYears(2)));
        registry.attachDocument(ADMINISTRATOR, id, "pks-uji-akses.pdf", MouFixtures.pdf("akses"));
        long entry = registry.addLogEntry(ADMINISTRATOR, id, new LogEntryData(start.plusDays(10),
                "Konseling uji", 5, "orang"));
        return new Target(id, entry, number);
    }
}
