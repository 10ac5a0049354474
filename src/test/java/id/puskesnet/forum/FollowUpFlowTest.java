package id.puskesnet.forum;

import static id.puskesnet.forum.FreshForums.BARU_TENGAH;
import static id.puskesnet.forum.FreshForums.GUNUNG_BAHAGIA;
import static id.puskesnet.forum.FreshForums.OFFICER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import id.puskesnet.access.AccessScope;
import id.puskesnet.access.Role;
import id.puskesnet.facility.FacilityService;
import id.puskesnet.home.AttentionItem;
import id.puskesnet.home.AttentionLevel;
import id.puskesnet.home.AttentionList;
import id.puskesnet.institution.InstitutionSector;
import id.puskesnet.program.ProgramCatalog;
import id.puskesnet.program.ProgramData;
import id.puskesnet.program.ProgramKind;
import id.puskesnet.program.ProgramRegistry;
import id.puskesnet.support.DemoUsers;
import id.puskesnet.support.MutableClock;
import id.puskesnet.support.WebIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Carrying follow-ups to done: progress notes and status changes, the review at the next forum, evidence, overdue
 * as the clock moves, the attention list, the board's filters and export, and the queries other pages use.
 */
class FollowUpFlowTest extends WebIntegrationTest {

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    ForumRegistry registry;

    @Autowired
    ForumService forums;

    @Autowired
    FollowUpService followUps;

    @Autowired
    FollowUpQueries queries;

    @Autowired
    AttentionList attention;

    @Autowired
    FacilityService facilities;

    @Autowired
    ProgramCatalog programs;

    @Autowired
    FollowUpRegistry followUpRegistry;

    @Autowired
    id.puskesnet.forum.domain.FollowUpRepository followUpRepository;

    @Autowired
    ProgramRegistry programRegistry;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void progressNotesMoveAFollowUpToDoneWithItsHistory() throws Exception {
        FollowUpSummary u = freshFollowUp(BARU_TENGAH, today().minusDays(5), today().plusDays(10));
        mvc.perform(progress(u.id(), 0).param("notedOn", today().minusDays(2).toString())
                        .param("status", "IN_PROGRESS").param("note", "Kunjungan rumah dimulai"))
                .andExpect(redirectedUrl("/follow-ups/" + u.id()))
                .andExpect(flash().attribute("success", "followUp.progress.saved"));
        mvc.perform(progress(u.id(), version(u)).param("notedOn", today().toString()).param("status", "IN_PROGRESS")
                        .param("note", "Separuh rumah sudah dikunjungi"))
                .andExpect(redirectedUrl("/follow-ups/" + u.id()));
        mvc.perform(progress(u.id(), version(u)).param("notedOn", today().toString()).param("status", "DONE"))
                .andExpect(redirectedUrl("/follow-ups/" + u.id()));

        FollowUpDetails done = followUps.details(OFFICER, u.id());
        assertThat(done.followUp().status()).isEqualTo(FollowUpStatus.DONE);
        assertThat(done.followUp().closedOn()).isEqualTo(today());
        assertThat(done.notes()).extracting(ProgressNoteView::note)
                .containsExactly("Kunjungan rumah dimulai", "Separuh rumah sudah dikunjungi", null);
        mvc.perform(get("/follow-ups/{id}", u.id()).with(as("staf.barutengah")))
                .andExpect(content().string(containsString("Kunjungan rumah dimulai")))
                .andExpect(content().string(containsString("Ditutup pada")))
                .andExpect(content().string(containsString("Riwayat perubahan")))
                .andExpect(content().string(containsString("IN_PROGRESS</span> →")))
                .andExpect(content().string(containsString("kapus.barutengah")));
    }

    @Test
    void cancellingNeedsAReasonWhichThePageThenShows() throws Exception {
        FollowUpSummary u = freshFollowUp(BARU_TENGAH, today(), today().plusDays(10));
        mvc.perform(progress(u.id(), 0).param("notedOn", today().toString()).param("status", "CANCELLED"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tulis alasan pembatalan.")));
        assertThat(followUps.details(OFFICER, u.id()).followUp().status()).isEqualTo(FollowUpStatus.OPEN);

        mvc.perform(progress(u.id(), 0).param("notedOn", today().toString()).param("status", "CANCELLED")
                        .param("note", "Digabung dengan kegiatan kelurahan"))
                .andExpect(redirectedUrl("/follow-ups/" + u.id()));
        FollowUpDetails cancelled = followUps.details(OFFICER, u.id());
        assertThat(cancelled.followUp().status()).isEqualTo(FollowUpStatus.CANCELLED);
        assertThat(cancelled.cancelReason()).isEqualTo("Digabung dengan kegiatan kelurahan");
        mvc.perform(get("/follow-ups/{id}", u.id()).with(as("kapus.barutengah")))
                .andExpect(content().string(containsString("Alasan pembatalan")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2025-13-40|IN_PROGRESS|catatan|Nilai tidak valid.",
            "1900-01-01|IN_PROGRESS|catatan|Tanggal harus antara tahun 2000 dan 2099.",
            "TOMORROW|IN_PROGRESS|catatan|Tanggal tidak boleh di masa depan.",
            "BEFORE_FORUM|IN_PROGRESS|catatan|Tanggal tidak boleh sebelum tanggal forum",
            "TODAY|OPEN||Tulis apa yang sudah dilakukan, atau ubah statusnya.",
            "TODAY|SELESAI|catatan|Nilai tidak valid.",
            "TODAY||catatan|Pilih status.",
            "TODAY|IN_PROGRESS|LONG|Panjang harus antara 0 dan 2.000 karakter."})
    void badProgressIsRefusedWithAMessage(String date, String status, String note, String message) throws Exception {
        FollowUpSummary u = freshFollowUp(BARU_TENGAH, today().minusDays(3), today().plusDays(10));
        String notedOn = switch (date) {
            case "TODAY" -> today().toString();
            case "TOMORROW" -> today().plusDays(1).toString();
            case "BEFORE_FORUM" -> today().minusDays(4).toString();
            default -> date;
        };
        mvc.perform(progress(u.id(), 0).param("notedOn", notedOn).param("status", status == null ? "" : status)
                        .param("note", "LONG".equals(note) ? "x".repeat(10_000) : note == null ? "" : note))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message)));
        FollowUpDetails after = followUps.details(OFFICER, u.id());
        assertThat(after.notes()).isEmpty();
        assertThat(after.followUp().status()).isEqualTo(FollowUpStatus.OPEN);
    }

    @Test
    void aStaleProgressUpdateIsAConflict() throws Exception {
        FollowUpSummary u = freshFollowUp(BARU_TENGAH, today(), today().plusDays(10));
        mvc.perform(progress(u.id(), 0).param("notedOn", today().toString()).param("status", "IN_PROGRESS"))
                .andExpect(redirectedUrl("/follow-ups/" + u.id()));
        mvc.perform(progress(u.id(), 0).param("notedOn", today().toString()).param("status", "DONE")
                        .accept("text/html"))
                .andExpect(status().isConflict());
        assertThat(followUps.details(OFFICER, u.id()).followUp().status()).isEqualTo(FollowUpStatus.IN_PROGRESS);
    }

    @Test
    void evidenceIsALinkOnlyWhenItIsAWebAddress() throws Exception {
        FollowUpSummary u = freshFollowUp(BARU_TENGAH, today(), today().plusDays(10));
        mvc.perform(evidence(u.id(), 0, "https://drive.example.org/foto-ckg"))
                .andExpect(redirectedUrl("/follow-ups/" + u.id()));
        mvc.perform(get("/follow-ups/{id}", u.id()).with(as("kapus.barutengah")))
                .andExpect(content().string(containsString("href=\"https://drive.example.org/foto-ckg\"")));

        mvc.perform(evidence(u.id(), version(u), "javascript:alert(document.cookie)"))
                .andExpect(redirectedUrl("/follow-ups/" + u.id()));
        mvc.perform(get("/follow-ups/{id}", u.id()).with(as("kapus.barutengah")))
                .andExpect(content().string(not(containsString("href=\"javascript:"))))
                .andExpect(content().string(containsString(">javascript:alert(document.cookie)</span>")));

        mvc.perform(evidence(u.id(), version(u), "x".repeat(10_000)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Panjang harus antara 0 dan 1.000 karakter.")));
        assertThat(followUps.details(OFFICER, u.id()).evidence()).isEqualTo("javascript:alert(document.cookie)");
    }

    @Test
    void theNextForumListsTheOpenFollowUpsAndRecordsItsReviewOnThem() throws Exception {
        AccessScope head = FreshForums.headOf(facilities, BARU_TENGAH);
        String first = FreshForums.marker("RTL ditinjau");
        String second = FreshForums.marker("RTL belum ditinjau");
        long earlier = registry.create(head, FreshForums.forum(FreshForums.marker("Aula awal"), today().minusDays(30),
                List.of(FreshForums.followUp(first, today().plusDays(5)),
                        FreshForums.followUp(second, today().plusDays(5)))));
        mvc.perform(get("/forums/new").with(as("kapus.barutengah")))
                .andExpect(content().string(containsString("RTL dari forum sebelumnya masih terbuka")))
                .andExpect(content().string(containsString(first)));
        long later = registry.create(head, FreshForums.forum(FreshForums.marker("Aula lanjut"), today(), List.of()));
        List<FollowUpSummary> agreed = forums.details(OFFICER, earlier).followUps();
        assertThat(forums.details(OFFICER, later).openForReview()).extracting(FollowUpSummary::what)
                .contains(first, second);

        mvc.perform(review(later, agreed.get(0), "DONE", "Selesai dibahas"))
                .andExpect(redirectedUrl("/forums/" + later + "#review"))
                .andExpect(flash().attribute("success", "forum.review.saved"));

        ForumDetails reviewing = forums.details(OFFICER, later);
        assertThat(reviewing.reviews()).extracting(r -> r.followUp().what()).containsExactly(first);
        assertThat(reviewing.reviews().get(0).review().statusBefore()).isEqualTo(FollowUpStatus.OPEN);
        assertThat(reviewing.reviews().get(0).review().statusAfter()).isEqualTo(FollowUpStatus.DONE);
        assertThat(reviewing.openForReview()).extracting(FollowUpSummary::what).contains(second).doesNotContain(first);
        FollowUpDetails reviewed = followUps.details(OFFICER, agreed.get(0).id());
        assertThat(reviewed.followUp().status()).isEqualTo(FollowUpStatus.DONE);
        assertThat(reviewed.notes().get(0).reviewForumId()).isEqualTo(later);
        assertThat(reviewed.notes().get(0).notedOn()).isEqualTo(today());
        mvc.perform(get("/follow-ups/{id}", agreed.get(0).id()).with(as("kapus.barutengah")))
                .andExpect(content().string(containsString("Ditinjau dalam forum Lokakarya mini bulanan")))
                .andExpect(content().string(containsString("href=\"/forums/" + later + "\"")));
        mvc.perform(get("/forums/{id}", later).with(as("kapus.barutengah")))
                .andExpect(content().string(containsString("Selesai dibahas")))
                .andExpect(content().string(containsString("RTL forum sebelumnya yang masih terbuka")));
        assertThat(followUps.details(OFFICER, agreed.get(1).id()).notes()).isEmpty();
    }

    @Test
    void aReviewIsRefusedForOwnOrLaterFollowUpsAndForCancellingWithoutAReason() throws Exception {
        AccessScope head = FreshForums.headOf(facilities, BARU_TENGAH);
        long earlier = registry.create(head, FreshForums.forum(FreshForums.marker("Aula awal"), today().minusDays(30),
                List.of(FreshForums.followUp(FreshForums.marker("RTL awal"), today().plusDays(5)))));
        long later = registry.create(head, FreshForums.forum(FreshForums.marker("Aula lanjut"), today(),
                List.of(FreshForums.followUp(FreshForums.marker("RTL lanjut"), today().plusDays(5)))));
        FollowUpSummary ofLater = forums.details(OFFICER, later).followUps().get(0);
        FollowUpSummary ofEarlier = forums.details(OFFICER, earlier).followUps().get(0);

        mvc.perform(review(earlier, ofLater, "DONE", null))
                .andExpect(flash().attribute("failure", "forum.review.notEarlier"));
        mvc.perform(review(later, ofLater, "DONE", null))
                .andExpect(flash().attribute("failure", "forum.review.notEarlier"));
        mvc.perform(review(later, ofEarlier, "CANCELLED", null))
                .andExpect(flash().attribute("failure", "followUp.cancel.reasonRequired"));
        mvc.perform(review(later, ofEarlier, "SELESAI", null))
                .andExpect(flash().attribute("failure", "forum.review.invalid"));
        mvc.perform(review(later, ofEarlier, "DONE", "x".repeat(10_000)))
                .andExpect(flash().attribute("failure", "forum.review.invalid"));
        assertThat(followUps.details(OFFICER, ofLater.id()).notes()).isEmpty();
        assertThat(followUps.details(OFFICER, ofEarlier.id()).notes()).isEmpty();
    }

    @Test
    void aForumCannotBeMovedBeforeTheForumWhoseFollowUpsItReviewed() throws Exception {
        AccessScope head = FreshForums.headOf(facilities, BARU_TENGAH);
        long earlier = registry.create(head, FreshForums.forum(FreshForums.marker("Aula awal"), today().minusDays(30),
                List.of(FreshForums.followUp(FreshForums.marker("RTL awal"), today().plusDays(5)))));
        String place = FreshForums.marker("Aula lanjut");
        long later = registry.create(head, FreshForums.forum(place, today(), List.of()));
        mvc.perform(review(later, forums.details(OFFICER, earlier).followUps().get(0), "IN_PROGRESS", "Berjalan"));

        mvc.perform(post("/forums/{id}/edit", later).with(csrf()).with(as("kapus.barutengah"))
                        .param("version", String.valueOf(forums.details(OFFICER, later).version()))
                        .param("type", "LOKMIN_BULANAN").param("chair", "Kepala uji").param("place", place)
                        .param("heldOn", today().minusDays(40).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tanggal ini akan menempatkan forum sebelum forum")));
        assertThat(forums.details(OFFICER, later).heldOn()).isEqualTo(today());
    }

    @Test
    void overdueFollowsTheApplicationClock() throws Exception {
        FollowUpSummary u = freshFollowUp(BARU_TENGAH, today(), today().plusDays(2));
        assertThat(u.overdue()).isFalse();
        assertThat(u.dueSoon()).isTrue();
        mvc.perform(get("/follow-ups").param("dueSoon", "true").param("forum", String.valueOf(u.forumId()))
                        .with(as("kapus.barutengah")))
                .andExpect(content().string(containsString(u.what())));

        clock.advance(Duration.ofDays(3));
        FollowUpSummary later = followUps.details(OFFICER, u.id()).followUp();
        assertThat(later.overdue()).isTrue();
        assertThat(later.dueSoon()).isFalse();
        mvc.perform(get("/follow-ups").param("overdue", "true").param("forum", String.valueOf(u.forumId()))
                        .with(as("kapus.barutengah")))
                .andExpect(content().string(containsString(u.what())))
                .andExpect(content().string(containsString("Terlambat")));
        mvc.perform(get("/follow-ups").param("dueSoon", "true").param("forum", String.valueOf(u.forumId()))
                        .with(as("kapus.barutengah")))
                .andExpect(content().string(not(containsString(u.what()))));
    }

    @Test
    void overdueAndDueSoonFollowUpsReachTheAttentionListsOfThePuskesmasAndTheDkk() throws Exception {
        AccessScope head = FreshForums.headOf(facilities, BARU_TENGAH);
        long baruTengah = FreshForums.puskesmasId(facilities, BARU_TENGAH);
        long before = queries.overdueCountsByPuskesmas(head).getOrDefault(baruTengah, 0L);
        registry.create(head, FreshForums.forum(FreshForums.marker("Aula terlambat"), today().minusDays(20),
                List.of(FreshForums.followUp(FreshForums.marker("RTL terlambat"), today().minusDays(1)),
                        FreshForums.followUp(FreshForums.marker("RTL segera"), today().plusDays(7)))));
        long overdue = queries.overdueCountsByPuskesmas(head).get(baruTengah);
        assertThat(overdue).isEqualTo(before + 1);
        assertThat(queries.overdueCountsByPuskesmas(head)).containsOnlyKeys(baruTengah);

        List<AttentionItem> items = attention.itemsFor(head).stream()
                .filter(i -> i.section().equals("followUp.attention.section")).toList();
        assertThat(items).extracting(AttentionItem::level).containsExactly(AttentionLevel.DANGER, AttentionLevel.WARNING);
        assertThat(items.get(0).arguments()).containsExactly(overdue);
        mvc.perform(get("/").with(as("kapus.barutengah")))
                .andExpect(content().string(containsString(overdue + " RTL forum melewati tenggat")))
                .andExpect(content().string(containsString("href=\"/follow-ups?overdue=true\"")))
                .andExpect(content().string(containsString("RTL forum jatuh tempo dalam 7 hari")));

        long cityOverdue = queries.overdueCountsByPuskesmas(OFFICER).values().stream().mapToLong(Long::longValue).sum();
        long puskesmasCount = queries.overdueCountsByPuskesmas(OFFICER).size();
        mvc.perform(get("/").with(as("dkk")))
                .andExpect(content().string(containsString(
                        cityOverdue + " RTL forum di " + puskesmasCount + " puskesmas melewati tenggat")));
        // The count behind the item stops one past its limit: here, a limit of one.
        List<String> open = List.of("OPEN", "IN_PROGRESS");
        LocalDate earliest = LocalDate.of(2000, 1, 1);
        assertThat(((Number) followUpRepository.countDue(true, null, open, earliest, today(), 1000).get(0)[0]).longValue())
                .isEqualTo(cityOverdue);
        assertThat(((Number) followUpRepository.countDue(true, null, open, earliest, today(), 1).get(0)[0]).longValue())
                .isEqualTo(1);
        assertThat(attention.itemsFor(new AccessScope(Role.PARTNER, baruTengah + 1000))
                .stream().filter(i -> i.section().equals("followUp.attention.section"))).isEmpty();
        mvc.perform(get("/").with(as("klinik.barutengah")))
                .andExpect(content().string(not(containsString("RTL forum"))));
    }

    @Test
    void openFollowUpsOfAProgramAreThereForOtherPagesWithinTheScope() {
        AccessScope head = FreshForums.headOf(facilities, BARU_TENGAH);
        long tb = programs.findByCode("TB").orElseThrow().id();
        String open = FreshForums.marker("RTL TB terbuka");
        String done = FreshForums.marker("RTL TB selesai");
        long forum = registry.create(head, FreshForums.forum(FreshForums.marker("Aula TB"), today(), List.of(
                new FollowUpData(null, open, ResponsibleKind.PUSKESMAS, null, null, null, today().plusDays(3), tb),
                new FollowUpData(null, done, ResponsibleKind.PUSKESMAS, null, null, null, today().plusDays(3), tb))));
        String otherPuskesmas = FreshForums.marker("RTL TB puskesmas lain");
        registry.create(FreshForums.headOf(facilities, GUNUNG_BAHAGIA), FreshForums.forum(FreshForums.marker("Aula"),
                today(), List.of(new FollowUpData(null, otherPuskesmas, ResponsibleKind.PUSKESMAS, null, null, null,
                        today().plusDays(3), tb))));
        FollowUpSummary finished = forums.details(OFFICER, forum).followUps().get(1);
        followUpRegistry.recordProgress(head, finished.id(), finished.version(),
                new ProgressData(today(), FollowUpStatus.DONE, null));

        assertThat(queries.openForProgram(tb, null, head, 1000).getContent()).extracting(FollowUpSummary::what)
                .contains(open).doesNotContain(done, otherPuskesmas)
                .allSatisfy(what -> assertThat(what).isNotNull());
        assertThat(queries.openForProgram(tb, null, head, 1000).getContent()).allSatisfy(u -> {
            assertThat(u.program().code()).isEqualTo("TB");
            assertThat(u.status().isOpen()).isTrue();
        });
        assertThat(queries.openForProgram(tb, null, OFFICER, 1000).getContent()).extracting(FollowUpSummary::what)
                .contains(open, otherPuskesmas);
        assertThat(queries.openForProgram(-1L, null, head, 10)).isEmpty();
        assertThat(queries.openForProgram(tb, null, new AccessScope(Role.PARTNER, 1L), 10)).isEmpty();
        assertThat(queries.overdueCountsByPuskesmas(new AccessScope(Role.PARTNER, 1L))).isEmpty();
    }

    @Test
    void aProgramsFirstOpenFollowUpsComeEarliestDueFirstWithHowManyThereAreInAll() {
        AccessScope head = FreshForums.headOf(facilities, BARU_TENGAH);
        long baruTengah = FreshForums.puskesmasId(facilities, BARU_TENGAH);
        long gunungBahagia = FreshForums.puskesmasId(facilities, GUNUNG_BAHAGIA);
        long program = programRegistry.create(new AccessScope(Role.DKK_ADMIN, null), new ProgramData(
                "UJI_RTL_" + FreshForums.marker("").strip().toUpperCase(), "Program uji RTL", null,
                ProgramKind.LAINNYA, null, null, null));
        String third = FreshForums.marker("RTL ketiga");
        String first = FreshForums.marker("RTL pertama");
        String second = FreshForums.marker("RTL kedua");
        String done = FreshForums.marker("RTL selesai");
        long forum = registry.create(head, FreshForums.forum(FreshForums.marker("Aula program"), today(), List.of(
                followUpAbout(program, third, today().plusDays(9)), followUpAbout(program, first, today()),
                followUpAbout(program, second, today().plusDays(4)), followUpAbout(program, done, today()))));
        FollowUpSummary finished = forums.details(OFFICER, forum).followUps().get(3);
        followUpRegistry.recordProgress(head, finished.id(), finished.version(),
                new ProgressData(today(), FollowUpStatus.DONE, null));
        String elsewhere = FreshForums.marker("RTL puskesmas lain");
        registry.create(FreshForums.headOf(facilities, GUNUNG_BAHAGIA), FreshForums.forum(FreshForums.marker("Aula"),
                today(), List.of(followUpAbout(program, elsewhere, today().plusDays(1)))));

        Page<FollowUpSummary> city = queries.openForProgram(program, null, OFFICER, 2);
        assertThat(city.getContent()).extracting(FollowUpSummary::what).containsExactly(first, elsewhere);
        assertThat(city.getTotalElements()).isEqualTo(4);
        assertThat(queries.openForProgram(program, baruTengah, OFFICER, 10).getContent())
                .extracting(FollowUpSummary::what).containsExactly(first, second, third);
        assertThat(queries.openForProgram(program, baruTengah, OFFICER, 1).getTotalElements()).isEqualTo(3);
        assertThat(queries.openForProgram(program, null, head, 10).getContent())
                .extracting(FollowUpSummary::what).containsExactly(first, second, third);
        assertThat(queries.openForProgram(program, gunungBahagia, head, 10).getTotalElements()).isZero();
        Page<FollowUpSummary> partner = queries.openForProgram(program, null, new AccessScope(Role.PARTNER, 1L), 10);
        assertThat(partner.getContent()).isEmpty();
        assertThat(partner.getTotalElements()).isZero();
    }

    @Test
    void theBoardFiltersBySectorProgramStatusAndForumAndExportsWhatItShows() throws Exception {
        AccessScope head = FreshForums.headOf(facilities, BARU_TENGAH);
        long gizi = programs.findByCode("GIZI").orElseThrow().id();
        String schools = FreshForums.marker("RTL sekolah");
        String own = FreshForums.marker("RTL puskesmas");
        long forum = registry.create(head, FreshForums.forum(FreshForums.marker("Aula papan"), today(), List.of(
                new FollowUpData(null, schools, ResponsibleKind.SECTOR, null, InstitutionSector.SEKOLAH, "Guru UKS",
                        today().plusDays(9), gizi),
                FreshForums.followUp(own, today().plusDays(9)))));

        mvc.perform(get("/follow-ups").param("forum", String.valueOf(forum)).param("sector", "SEKOLAH")
                        .with(as("kapus.barutengah")))
                .andExpect(content().string(containsString(schools)))
                .andExpect(content().string(containsString("Seluruh sektor Sekolah")))
                .andExpect(content().string(not(containsString(own))));
        mvc.perform(get("/follow-ups").param("forum", String.valueOf(forum)).param("sector", "PUSKESMAS")
                        .with(as("kapus.barutengah")))
                .andExpect(content().string(containsString(own)))
                .andExpect(content().string(not(containsString(schools))));
        mvc.perform(get("/follow-ups").param("forum", String.valueOf(forum)).param("program", String.valueOf(gizi))
                        .param("status", "OPEN").param("sort", "forum").with(as("kapus.barutengah")))
                .andExpect(content().string(containsString(schools)))
                .andExpect(content().string(not(containsString(own))));
        mvc.perform(get("/follow-ups").param("forum", String.valueOf(forum)).param("status", "DONE")
                        .with(as("kapus.barutengah")))
                .andExpect(content().string(not(containsString(schools))));

        mvc.perform(get("/follow-ups/export.csv").param("forum", String.valueOf(forum)).param("sector", "SEKOLAH")
                        .with(as("dkk")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", startsWith("attachment")))
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(content().string(containsString("Puskesmas,Tanggal forum,Jenis forum,Kegiatan yang disepakati")))
                .andExpect(content().string(containsString(schools + ",Seluruh sektor Sekolah,Sekolah,Guru UKS,Gizi,")))
                .andExpect(content().string(containsString("Belum dimulai,Tidak")))
                .andExpect(content().string(not(containsString(own))));
    }

    private FollowUpSummary freshFollowUp(String puskesmas, LocalDate heldOn, LocalDate dueDate) {
        long forum = registry.create(FreshForums.headOf(facilities, puskesmas), FreshForums.forum(
                FreshForums.marker("Aula RTL"), heldOn, List.of(FreshForums.followUp(FreshForums.marker("RTL"),
                        dueDate))));
        return forums.details(OFFICER, forum).followUps().get(0);
    }

    private static FollowUpData followUpAbout(long programId, String what, LocalDate dueDate) {
        return new FollowUpData(null, what, ResponsibleKind.PUSKESMAS, null, null, null, dueDate, programId);
    }

    private int version(FollowUpSummary u) {
        return followUps.details(OFFICER, u.id()).followUp().version();
    }

    private MockHttpServletRequestBuilder progress(long id, int version) {
        return post("/follow-ups/{id}/progress", id).with(csrf()).with(as("kapus.barutengah")).accept("text/html")
                .param("version", String.valueOf(version));
    }

    private MockHttpServletRequestBuilder evidence(long id, int version, String evidence) {
        return post("/follow-ups/{id}/evidence", id).with(csrf()).with(as("kapus.barutengah"))
                .param("version", String.valueOf(version)).param("evidence", evidence);
    }

    private MockHttpServletRequestBuilder review(long forumId, FollowUpSummary u, String status, String note) {
        MockHttpServletRequestBuilder request = post("/forums/{id}/reviews", forumId).with(csrf())
                .with(as("kapus.barutengah")).param("followUpId", String.valueOf(u.id()))
                .param("version", String.valueOf(followUps.details(OFFICER, u.id()).followUp().version()))
                .param("status", status);
        return note == null ? request : request.param("note", note);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private RequestPostProcessor as(String username) {
        return DemoUsers.as(userDetailsService, username);
    }
}
