package id.puskesnet.forum;

import static id.puskesnet.forum.FreshForums.BARU_TENGAH;
import static id.puskesnet.forum.FreshForums.GUNUNG_BAHAGIA;
import static id.puskesnet.forum.FreshForums.OFFICER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import id.puskesnet.facility.FacilityService;
import id.puskesnet.program.ProgramCatalog;
import id.puskesnet.support.DemoUsers;
import id.puskesnet.support.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Who may read and change which forum and follow-up: puskesmas heads and staff their own puskesmas's, the DKK
 * (administrator and officer) reads all and changes none, partner clinics nothing at all.
 */
class ForumAccessTest extends WebIntegrationTest {

    private static final List<String> READS = List.of("GET /forums/{forum}", "GET /follow-ups/{followUp}");
    private static final List<String> WRITES = List.of("GET /forums/{forum}/edit", "POST /forums/{forum}/edit",
            "POST /forums/{forum}/reviews", "POST /follow-ups/{followUp}/progress",
            "POST /follow-ups/{followUp}/evidence");

    /** The refused requests aim at these; they must stay exactly as created. */
    private static Targets targets;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    ForumRegistry registry;

    @Autowired
    ForumService forums;

    @Autowired
    FollowUpService followUps;

    @Autowired
    FacilityService facilities;

    @Autowired
    Clock clock;

    @Autowired
    ProgramCatalog programs;

    private record Target(long forum, long followUp, String place, String what) {
    }

    private record Targets(Target baruTengah, Target gunungBahagia) {

        Target of(String which) {
            return which.equals("baruTengah") ? baruTengah : gunungBahagia;
        }
    }

    static Stream<Arguments> refusals() {
        Stream<Arguments> otherPuskesmas = Stream.of(
                        Arguments.of("kapus.gunungbahagia", "baruTengah"), Arguments.of("kapus.barutengah", "gunungBahagia"),
                        Arguments.of("staf.barutengah", "gunungBahagia"))
                .flatMap(a -> Stream.concat(READS.stream(), WRITES.stream())
                        .map(route -> Arguments.of(a.get()[0], route, a.get()[1])));
        Stream<Arguments> dkk = Stream.of("admin", "dkk").flatMap(user -> Stream.of("baruTengah", "gunungBahagia")
                .flatMap(target -> Stream.concat(WRITES.stream(),
                                Stream.of("GET /forums/new", "POST /forums/new"))
                        .map(route -> Arguments.of(user, route, target))));
        Stream<Arguments> partners = Stream.of("klinik.barutengah", "klinik.gunungbahagia")
                .flatMap(user -> Stream.concat(Stream.concat(READS.stream(), WRITES.stream()),
                                Stream.of("GET /forums", "GET /follow-ups", "GET /follow-ups/export.csv",
                                        "GET /forums/new", "POST /forums/new"))
                        .map(route -> Arguments.of(user, route, "baruTengah")));
        return Stream.of(otherPuskesmas, dkk, partners).flatMap(s -> s);
    }

    @ParameterizedTest(name = "{0}: {1} ({2})")
    @MethodSource("refusals")
    void refusedRequestsGet403AndChangeNothing(String username, String route, String which) throws Exception {
        Target target = targets().of(which);
        ForumDetails forumBefore = forums.details(OFFICER, target.forum());
        FollowUpDetails followUpBefore = followUps.details(OFFICER, target.followUp());
        String[] methodAndPath = route.split(" ");
        String path = methodAndPath[1].replace("{forum}", String.valueOf(target.forum()))
                .replace("{followUp}", String.valueOf(target.followUp()));
        MockHttpServletRequestBuilder request = methodAndPath[0].equals("GET") ? get(path)
                : post(path).with(csrf())
                        .param("type", "LAINNYA").param("heldOn", "2026-01-05").param("chair", "Penyusup")
                        .param("place", "Penyusup").param("version", String.valueOf(forumBefore.version()))
                        .param("followUpId", String.valueOf(target.followUp()))
                        .param("status", "CANCELLED").param("note", "Penyusup").param("notedOn", "2026-01-05")
                        .param("evidence", "Penyusup");

        mvc.perform(request.with(DemoUsers.as(userDetailsService, username))).andExpect(status().isForbidden());

        ForumDetails forumAfter = forums.details(OFFICER, target.forum());
        FollowUpDetails followUpAfter = followUps.details(OFFICER, target.followUp());
        assertThat(forumAfter.version()).isEqualTo(forumBefore.version());
        assertThat(forumAfter.place()).isEqualTo(target.place());
        assertThat(followUpAfter.followUp().status()).isEqualTo(FollowUpStatus.OPEN);
        assertThat(followUpAfter.followUp().version()).isEqualTo(followUpBefore.followUp().version());
        assertThat(followUpAfter.notes()).isEmpty();
        assertThat(followUpAfter.evidence()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"kapus.barutengah", "staf.barutengah"})
    void aPuskesmasUserCannotReviewAnotherPuskesmasFollowUpFromTheirOwnForum(String username) throws Exception {
        long ownForum = registry.create(FreshForums.headOf(facilities, BARU_TENGAH),
                FreshForums.forum(FreshForums.marker("Aula tinjau"), LocalDate.now(clock), List.of()));
        Target other = targets().gunungBahagia();

        mvc.perform(post("/forums/{id}/reviews", ownForum).with(csrf())
                        .with(DemoUsers.as(userDetailsService, username))
                        .param("followUpId", String.valueOf(other.followUp())).param("version", "0")
                        .param("status", "DONE"))
                .andExpect(status().isForbidden());

        assertThat(followUps.details(OFFICER, other.followUp()).followUp().status()).isEqualTo(FollowUpStatus.OPEN);
        assertThat(forums.details(OFFICER, ownForum).reviews()).isEmpty();
    }

    @Test
    void unknownIdsAreRefusedToPartnerClinicsBeforeTheyCanTellWhatExists() throws Exception {
        for (String path : new String[] {"/forums/" + Long.MAX_VALUE, "/follow-ups/" + Long.MAX_VALUE}) {
            mvc.perform(get(path).with(DemoUsers.as(userDetailsService, "klinik.barutengah")))
                    .andExpect(status().isForbidden());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "dkk"})
    void theDkkReadsEveryForumAndFollowUpAndIsOfferedNoChanges(String username) throws Exception {
        Targets t = targets();
        for (Target target : List.of(t.baruTengah(), t.gunungBahagia())) {
            mvc.perform(get("/forums/{id}", target.forum()).with(DemoUsers.as(userDetailsService, username)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(target.place())))
                    .andExpect(content().string(not(containsString("/forums/" + target.forum() + "/edit"))))
                    .andExpect(content().string(not(containsString("/reviews"))));
            mvc.perform(get("/follow-ups/{id}", target.followUp()).with(DemoUsers.as(userDetailsService, username)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(target.what())))
                    .andExpect(content().string(not(containsString("/progress"))));
        }
        mvc.perform(get("/forums").with(DemoUsers.as(userDetailsService, username)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("href=\"/forums/new\""))));
    }

    @Test
    void theDkkFiltersTheListsByPuskesmasAsThePuskesmasPageLinksThem() throws Exception {
        Targets t = targets();
        long gunungBahagia = FreshForums.puskesmasId(facilities, GUNUNG_BAHAGIA);
        mvc.perform(get("/forums").param("puskesmas", String.valueOf(gunungBahagia))
                        .param("from", targetDate().toString()).param("to", targetDate().toString())
                        .with(DemoUsers.as(userDetailsService, "dkk")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(t.gunungBahagia().place())))
                .andExpect(content().string(not(containsString(t.baruTengah().place()))));
        mvc.perform(get("/follow-ups").param("puskesmas", String.valueOf(gunungBahagia))
                        .with(DemoUsers.as(userDetailsService, "dkk")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(t.gunungBahagia().what())))
                .andExpect(content().string(not(containsString(t.baruTengah().what()))));
    }

    @Test
    void theForumListFiltersByTypeDatesAndProgram() throws Exception {
        String tb = String.valueOf(programs.findByCode("TB").orElseThrow().id());
        String ht = String.valueOf(programs.findByCode("HT").orElseThrow().id());
        mvc.perform(get("/forums").param("type", "LINTAS_SEKTOR_TRIWULAN").param("from", "2025-12-01")
                        .param("to", "2025-12-31").param("program", tb).with(DemoUsers.as(userDetailsService, "dkk")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">02-12-2025<")))
                .andExpect(content().string(not(containsString(">12-03-2026<"))));
        mvc.perform(get("/forums").param("type", "LOKMIN_BULANAN").param("from", "2025-12-01")
                        .param("to", "2025-12-31").with(DemoUsers.as(userDetailsService, "dkk")))
                .andExpect(content().string(not(containsString(">02-12-2025<"))));
        mvc.perform(get("/forums").param("from", "2025-12-01").param("to", "2025-12-31").param("program", ht)
                        .with(DemoUsers.as(userDetailsService, "kapus.barutengah")))
                .andExpect(content().string(not(containsString(">02-12-2025<"))));
        mvc.perform(get("/forums").param("from", "2026-03-01").param("to", "2026-03-31")
                        .with(DemoUsers.as(userDetailsService, "kapus.barutengah")))
                .andExpect(content().string(containsString(">12-03-2026<")))
                .andExpect(content().string(not(containsString(">02-12-2025<"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kapus.barutengah", "staf.barutengah"})
    void puskesmasUsersListOnlyTheirOwnWhateverTheFilterNames(String username) throws Exception {
        Targets t = targets();
        String otherPuskesmas = String.valueOf(FreshForums.puskesmasId(facilities, GUNUNG_BAHAGIA));
        for (String puskesmas : new String[] {"", otherPuskesmas}) {
            mvc.perform(get("/forums").param("puskesmas", puskesmas).param("from", targetDate().toString())
                            .with(DemoUsers.as(userDetailsService, username)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString(t.gunungBahagia().place()))))
                    .andExpect(content().string(not(containsString("id=\"puskesmas\""))));
            mvc.perform(get("/follow-ups").param("puskesmas", puskesmas)
                            .with(DemoUsers.as(userDetailsService, username)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString(t.gunungBahagia().what()))));
            mvc.perform(get("/follow-ups/export.csv").param("puskesmas", puskesmas)
                            .with(DemoUsers.as(userDetailsService, username)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString(t.gunungBahagia().what()))));
        }
        mvc.perform(get("/forums").param("from", targetDate().toString()).param("to", targetDate().toString())
                        .with(DemoUsers.as(userDetailsService, username)))
                .andExpect(content().string(containsString(t.baruTengah().place())));
        mvc.perform(get("/forums/{id}/edit", t.baruTengah().forum()).with(DemoUsers.as(userDetailsService, username)))
                .andExpect(status().isOk());
        mvc.perform(get("/follow-ups/{id}", t.baruTengah().followUp()).with(DemoUsers.as(userDetailsService, username)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/follow-ups/" + t.baruTengah().followUp() + "/progress")));
    }

    /** The targets' forum date, which no other test uses: lists filtered to it are short whatever else exists. */
    private LocalDate targetDate() {
        return LocalDate.now(clock).minusDays(500);
    }

    private synchronized Targets targets() {
        if (targets == null) {
            targets = new Targets(create(BARU_TENGAH), create(GUNUNG_BAHAGIA));
        }
        return targets;
    }

    private Target create(String puskesmasCode) {
        String place = FreshForums.marker("Aula akses");
        String what = FreshForums.marker("RTL akses");
        long forum = registry.create(FreshForums.headOf(facilities, puskesmasCode), FreshForums.forum(place,
                targetDate(), List.of(FreshForums.followUp(what, LocalDate.now(clock).plusDays(30)))));
        return new Target(forum, forums.details(OFFICER, forum).followUps().get(0).id(), place, what);
    }
}
