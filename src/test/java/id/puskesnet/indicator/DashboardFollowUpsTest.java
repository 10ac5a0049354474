package id.puskesnet.indicator;

import static id.puskesnet.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import id.puskesnet.access.AccessScope;
import id.puskesnet.access.Role;
import id.puskesnet.facility.FacilityOption;
import id.puskesnet.facility.FacilityService;
import id.puskesnet.forum.AgendaItemData;
import id.puskesnet.forum.AttendeeData;
import id.puskesnet.forum.AttendeeKind;
import id.puskesnet.forum.FollowUpData;
import id.puskesnet.forum.FollowUpStatus;
import id.puskesnet.forum.FollowUpSummary;
import id.puskesnet.forum.FollowUpRegistry;
import id.puskesnet.forum.ForumData;
import id.puskesnet.forum.ForumRegistry;
import id.puskesnet.forum.ForumService;
import id.puskesnet.forum.ForumType;
import id.puskesnet.forum.ProgressData;
import id.puskesnet.forum.ResponsibleKind;
import id.puskesnet.program.ProgramCatalog;
import id.puskesnet.support.WebIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A program's dashboard lists the open forum follow-ups about that program: the city's for the DKK, a puskesmas's
 * own on its dashboard, never another puskesmas's, and none without a program. The follow-ups made here are due
 * years ago, so they come first (earliest due first) among the demo data's and other tests' follow-ups.
 */
class DashboardFollowUpsTest extends WebIntegrationTest {

    @Autowired
    UserDetailsService users;
    @Autowired
    FacilityService facilities;
    @Autowired
    ProgramCatalog programs;
    @Autowired
    ForumRegistry forumRegistry;
    @Autowired
    ForumService forums;
    @Autowired
    FollowUpRegistry followUpRegistry;
    @Autowired
    Clock clock;

    long baruTengah;
    long gunungBahagia;
    long tb;
    long gizi;
    LocalDate longAgo;

    @BeforeEach
    void ids() {
        baruTengah = facilities.findByCode("PKM-BARU-TENGAH").map(FacilityOption::id).orElseThrow();
        gunungBahagia = facilities.findByCode("PKM-GUNUNG-BAHAGIA").map(FacilityOption::id).orElseThrow();
        tb = programs.findByCode("TB").orElseThrow().id();
        gizi = programs.findByCode("GIZI").orElseThrow().id();
        longAgo = LocalDate.now(clock).minusYears(3);
    }

    @Test
    void theDkkSeesTheCitysOpenFollowUpsOfTheProgramOnlyAndTheWayToTheBoard() throws Exception {
        String open = marker("RTL TB terbuka <b>");
        String done = marker("RTL TB selesai");
        String otherProgram = marker("RTL gizi");
        AccessScope head = headOf(baruTengah);
        long forum = forumRegistry.create(head, forum(List.of(followUp(open, tb), followUp(done, tb),
                followUp(otherProgram, gizi))));
        FollowUpSummary finished = forums.details(head, forum).followUps().get(1);
        followUpRegistry.recordProgress(head, finished.id(), finished.version(),
                new ProgressData(longAgo, FollowUpStatus.DONE, null));
        FollowUpSummary shown = forums.details(head, forum).followUps().get(0);

        MvcResult result = mvc.perform(get("/dashboard").param("program", String.valueOf(tb)).with(as(users, "dkk")))
                .andExpect(status().isOk()).andReturn();
        Element section = section(result);
        assertThat(section.selectFirst("h2").text()).isEqualTo("Tindak lanjut forum untuk program ini");
        Element row = section.selectFirst("tr[data-follow-up=" + shown.id() + "]");
        assertThat(row).isNotNull();
        assertThat(row.selectFirst("a[href=/follow-ups/" + shown.id() + "]").text()).isEqualTo(open);
        assertThat(row.text()).contains(shown.puskesmasName(), "Terlambat", "Belum dimulai",
                longAgo.format(DateTimeFormatter.ofPattern("dd-MM-yyyy")));
        assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("&lt;b&gt;");
        assertThat(section.text()).doesNotContain(done, otherProgram);
        assertThat(section.select("table th").eachText()).contains("Puskesmas");

        Page<?> page = (Page<?>) result.getModelAndView().getModel().get("programFollowUps");
        assertThat(section.selectFirst(".follow-ups-count").text())
                .isEqualTo(page.getNumberOfElements() + " dari " + page.getTotalElements());
        assertThat(section.select("tbody tr")).hasSize(page.getNumberOfElements()).hasSizeLessThanOrEqualTo(10);
        assertThat(section.selectFirst("a.follow-ups-board").attr("href")).isEqualTo("/follow-ups?program=" + tb + "&open=true");
        assertThat(section.selectFirst("a.follow-ups-board").text()).isEqualTo("Lihat semua di papan tindak lanjut");
        String board = mvc.perform(get("/follow-ups").param("program", String.valueOf(tb)).param("open", "true")
                        .param("puskesmas", String.valueOf(baruTengah)).with(as(users, "dkk")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(board).as("the board the link opens lists what is not done yet")
                .contains(open.replace("<", "&lt;").replace(">", "&gt;")).doesNotContain(done).contains("id=\"open\" name=\"open\" value=\"true\" checked");

        long kecamatan = facilities.kecamatanOptions().get(0).id();
        Element inKecamatan = section(mvc.perform(get("/dashboard").param("program", String.valueOf(tb))
                .param("kecamatan", String.valueOf(kecamatan)).param("lang", "en").with(as(users, "dkk")))
                .andExpect(status().isOk()).andReturn());
        assertThat(inKecamatan.selectFirst("h2").text())
                .isEqualTo("Forum follow-ups for this program (whole city, not only this kecamatan)");
        assertThat(inKecamatan.selectFirst("tr[data-follow-up=" + shown.id() + "]")).isNotNull();
    }

    @Test
    void withoutAProgramThereIsNoFollowUpSection() throws Exception {
        assertThat(page(mvc.perform(get("/dashboard").with(as(users, "dkk"))).andReturn())
                .select(".program-follow-ups")).isEmpty();
        assertThat(page(mvc.perform(get("/dashboard/puskesmas/" + baruTengah).with(as(users, "kapus.barutengah")))
                .andReturn()).select(".program-follow-ups")).isEmpty();
        assertThat(page(mvc.perform(get("/dashboard").param("program", String.valueOf(tb))
                .with(as(users, "klinik.barutengah"))).andExpect(status().isOk()).andReturn())
                .select(".program-follow-ups")).isEmpty();
    }

    @Test
    void aPuskesmasSeesItsOwnFollowUpsOfTheProgramAndNotAnotherPuskesmass() throws Exception {
        String own = marker("RTL TB Baru Tengah");
        String theirs = marker("RTL TB Gunung Bahagia");
        long ownForum = forumRegistry.create(headOf(baruTengah), forum(List.of(followUp(own, tb))));
        forumRegistry.create(headOf(gunungBahagia), forum(List.of(followUp(theirs, tb))));
        long ownId = forums.details(headOf(baruTengah), ownForum).followUps().get(0).id();

        for (String user : new String[] {"kapus.barutengah", "dkk"}) {
            Element section = section(mvc.perform(get("/dashboard/puskesmas/" + baruTengah)
                    .param("program", String.valueOf(tb)).with(as(users, user))).andExpect(status().isOk()).andReturn());
            assertThat(section.selectFirst("tr[data-follow-up=" + ownId + "] a").text()).isEqualTo(own);
            assertThat(section.text()).doesNotContain(theirs);
            assertThat(section.select("table th").eachText()).doesNotContain("Puskesmas");
            assertThat(section.selectFirst("a.follow-ups-board").attr("href"))
                    .isEqualTo("/follow-ups?program=" + tb + "&puskesmas=" + baruTengah + "&open=true");
        }
        mvc.perform(get("/dashboard").param("program", String.valueOf(tb)).with(as(users, "kapus.barutengah")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/dashboard/puskesmas/" + gunungBahagia).param("program", String.valueOf(tb))
                .with(as(users, "kapus.barutengah"))).andExpect(status().isNotFound());
    }

    @Test
    void aPuskesmasWithNoOpenFollowUpsOfTheProgramSaysSo() throws Exception {
        long manggar = facilities.findByCode("PKM-MANGGAR").map(FacilityOption::id).orElseThrow();
        Element section = section(mvc.perform(get("/dashboard/puskesmas/" + manggar).param("program", String.valueOf(tb))
                .with(as(users, "dkk"))).andExpect(status().isOk()).andReturn());
        assertThat(section.select("table")).isEmpty();
        assertThat(section.selectFirst(".follow-ups-none").text())
                .isEqualTo("Tidak ada RTL forum yang masih terbuka untuk program ini.");
        assertThat(section.selectFirst("a.follow-ups-board").attr("href"))
                .isEqualTo("/follow-ups?program=" + tb + "&puskesmas=" + manggar + "&open=true");
    }

    private Element section(MvcResult result) throws Exception {
        Element section = page(result).selectFirst("section.program-follow-ups");
        assertThat(section).as("the follow-up section").isNotNull();
        return section;
    }

    private static Document page(MvcResult result) throws Exception {
        return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private AccessScope headOf(long puskesmasId) {
        return new AccessScope(Role.PUSKESMAS_HEAD, puskesmasId);
    }

    private FollowUpData followUp(String what, long programId) {
        return new FollowUpData(null, what, ResponsibleKind.PUSKESMAS, null, null, null, longAgo, programId);
    }

    private ForumData forum(List<FollowUpData> followUps) {
        return new ForumData(ForumType.LOKMIN_BULANAN, longAgo, marker("Aula dasbor"), "Kepala puskesmas uji", null,
                List.of(new AttendeeData(null, AttendeeKind.STAFF, null, "Peserta uji", "Staf")),
                List.of(new AgendaItemData(null, null, "Agenda uji", "Pembahasan uji")), followUps);
    }

    private static String marker(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
