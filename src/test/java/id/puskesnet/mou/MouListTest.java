package id.puskesnet.mou;

import static id.puskesnet.mou.MouFixtures.ADMINISTRATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.puskesnet.facility.FacilityService;
import id.puskesnet.institution.InstitutionRegistry;
import id.puskesnet.institution.InstitutionSector;
import id.puskesnet.program.ProgramCatalog;
import id.puskesnet.program.ProgramOption;
import id.puskesnet.support.DemoUsers;
import id.puskesnet.support.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The MoU list: every filter (status, program, partner sector, puskesmas, needs action, text), paging, and the
 * CSV export of exactly the filtered list. Uses Puskesmas Margasari, which no demo MoU belongs to.
 */
class MouListTest extends WebIntegrationTest {

    private static Fixture fixture;

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    MouRegistry registry;

    @Autowired
    MouService mous;

    @Autowired
    InstitutionRegistry institutions;

    @Autowired
    ProgramCatalog programs;

    @Autowired
    FacilityService facilities;

    @Autowired
    Clock clock;

    /** One MoU per status, plus an expired one that was renewed, all of Margasari. */
    private record Fixture(long puskesmas, Map<MouStatus, String> byStatus, String renewedExpired, String withTb,
                           String withBnn) {
    }

    @Test
    void eachStatusFilterListsExactlyTheMousThatShowThatStatus() {
        Fixture f = fixture();
        for (MouStatus status : MouStatus.values()) {
            List<MouSummary> listed = mous.export(ADMINISTRATOR,
                    new MouFilter(null, status, null, null, f.puskesmas(), false, false), Sort.by("id"));
            assertThat(listed).as("listed as %s", status).allSatisfy(m -> {
                assertThat(m.status()).isEqualTo(status);
                assertThat(mous.details(ADMINISTRATOR, m.id()).status()).isEqualTo(status);
            });
            assertThat(listed).extracting(MouSummary::number).contains(f.byStatus().get(status));
        }
    }

    @Test
    void needsActionListsExpiringAndExpiredThatNobodyRenewedOrTerminated() throws Exception {
        Fixture f = fixture();
        mvc.perform(get("/mous").param("attention", "true").param("puskesmas", String.valueOf(f.puskesmas()))
                        .with(DemoUsers.as(userDetailsService, "dkk")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(f.byStatus().get(MouStatus.EXPIRING))))
                .andExpect(content().string(containsString(f.byStatus().get(MouStatus.EXPIRED))))
                .andExpect(content().string(not(containsString(f.renewedExpired() + "<"))))
                .andExpect(content().string(not(containsString(f.byStatus().get(MouStatus.ACTIVE)))))
                .andExpect(content().string(not(containsString(f.byStatus().get(MouStatus.TERMINATED)))))
                .andExpect(content().string(not(containsString(f.byStatus().get(MouStatus.DRAFT)))));
    }

    @Test
    void programSectorPuskesmasAndTextFiltersNarrowTheList() throws Exception {
        Fixture f = fixture();
        long tb = programs.findByCode("TB").map(ProgramOption::id).orElseThrow();
        assertThat(numbers(new MouFilter(null, null, tb, null, f.puskesmas(), false, false)))
                .containsExactly(f.withTb());
        assertThat(numbers(new MouFilter(null, null, null, InstitutionSector.BNN, f.puskesmas(), false, false)))
                .containsExactly(f.withBnn());
        assertThat(numbers(new MouFilter(f.withBnn(), null, null, null, null, false, false)))
                .containsExactly(f.withBnn());
        assertThat(numbers(new MouFilter(null, null, null, InstitutionSector.TNI, f.puskesmas(), false, false)))
                .isEmpty();
        mvc.perform(get("/mous").param("puskesmas", String.valueOf(f.puskesmas()))
                        .with(DemoUsers.as(userDetailsService, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(f.withBnn())))
                .andExpect(content().string(not(containsString("PKM-BT"))));
        mvc.perform(get("/mous").param("puskesmas", "dkk").with(DemoUsers.as(userDetailsService, "admin")))
                .andExpect(content().string(not(containsString(f.withBnn()))));
        mvc.perform(get("/mous").param("program", String.valueOf(tb)).param("sector", "BNN")
                        .with(DemoUsers.as(userDetailsService, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(f.withBnn()))));
    }

    @Test
    void theListPagesByTwenty() throws Exception {
        long lamaru = MouFixtures.puskesmasId(facilities, "PKM-LAMARU");
        long partner = MouFixtures.institution(institutions, MouFixtures.unique("Kelurahan uji halaman"),
                InstitutionSector.KELURAHAN, lamaru);
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < 21; i++) {
            MouFixtures.mou(registry, lamaru, partner, today.minusMonths(1), today.plusYears(1));
        }
        assertThat(mous.search(ADMINISTRATOR, new MouFilter(null, null, null, null, lamaru, false, false),
                Pageable.ofSize(20)).getTotalPages()).isEqualTo(2);
        mvc.perform(get("/mous").param("puskesmas", String.valueOf(lamaru)).param("page", "1")
                        .with(DemoUsers.as(userDetailsService, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("21 data")))
                .andExpect(content().string(containsString("Halaman 2 dari 2")));
    }

    @Test
    void theExportIsTheFilteredListWithHeadersInTheUsersLanguage() throws Exception {
        Fixture f = fixture();
        byte[] csv = mvc.perform(get("/mous/export.csv").param("status", "EXPIRED")
                        .param("puskesmas", String.valueOf(f.puskesmas()))
                        .with(DemoUsers.as(userDetailsService, "dkk")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", startsWith("attachment")))
                .andExpect(header().string("Content-Type", startsWith("text/csv")))
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFNomor MoU/PKS,Judul,");
        assertThat(text).contains(f.byStatus().get(MouStatus.EXPIRED)).contains(",Kedaluwarsa,")
                .contains(f.renewedExpired())
                .doesNotContain(f.byStatus().get(MouStatus.ACTIVE)).doesNotContain(f.withTb());

        String english = new String(mvc.perform(get("/mous/export.csv").param("lang", "en")
                        .param("status", "ACTIVE").param("puskesmas", String.valueOf(f.puskesmas()))
                        .with(DemoUsers.as(userDetailsService, "admin")))
                .andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(english).startsWith("\uFEFFMoU/PKS number,Title,").contains(",In force,");
    }

    private List<String> numbers(MouFilter filter) {
        return mous.export(ADMINISTRATOR, filter, Sort.by("id")).stream().map(MouSummary::number).toList();
    }

    private synchronized Fixture fixture() {
        if (fixture != null) {
            return fixture;
        }
        long margasari = MouFixtures.puskesmasId(facilities, "PKM-MARGASARI");
        long lpm = MouFixtures.institution(institutions, MouFixtures.unique("LPM uji daftar"), InstitutionSector.LPM,
                margasari);
        long bnn = MouFixtures.institution(institutions, MouFixtures.unique("BNN uji daftar"), InstitutionSector.BNN,
                null);
        long tb = programs.findByCode("TB").map(ProgramOption::id).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        Map<MouStatus, String> byStatus = new EnumMap<>(MouStatus.class);
        byStatus.put(MouStatus.DRAFT, create(margasari, lpm, null, null, null, Set.of()));
        byStatus.put(MouStatus.UPCOMING, create(margasari, lpm, today.plusDays(5), today.plusYears(1), today, Set.of()));
        byStatus.put(MouStatus.ACTIVE, create(margasari, lpm, today.minusYears(1), today.plusDays(91), null,
                Set.of(tb)));
        byStatus.put(MouStatus.EXPIRING, create(margasari, lpm, today.minusYears(1), today.plusDays(90), null,
                Set.of()));
        byStatus.put(MouStatus.EXPIRED, create(margasari, lpm, today.minusYears(2), today.minusDays(1), null,
                Set.of()));
        String terminated = create(margasari, lpm, today.minusYears(1), today.plusYears(1), null, Set.of());
        long terminatedId = mous.export(ADMINISTRATOR, new MouFilter(terminated, null, null, null, null, false,
                false), Sort.by("id")).get(0).id();
        registry.terminate(ADMINISTRATOR, terminatedId, today, "Uji", mous.details(ADMINISTRATOR, terminatedId)
                .version());
        byStatus.put(MouStatus.TERMINATED, terminated);
        String renewedExpired = create(margasari, lpm, today.minusYears(3), today.minusYears(1), null, Set.of());
        long renewedId = mous.export(ADMINISTRATOR, new MouFilter(renewedExpired, null, null, null, null, false,
                false), Sort.by("id")).get(0).id();
        registry.renew(ADMINISTRATOR, renewedId, MouFixtures.data(MouFixtures.unique("PKS/uji lanjutan"), margasari,
                lpm, today.minusYears(1).plusDays(1), today.plusYears(2)));
        String withBnn = MouFixtures.unique("PKS/uji bnn");
        registry.create(ADMINISTRATOR, new MouData(withBnn, "Konseling adiksi", margasari, Set.of(bnn), Set.of(),
                "Konseling", null, null, null, false));
        fixture = new Fixture(margasari, byStatus, renewedExpired, byStatus.get(MouStatus.ACTIVE), withBnn);
        return fixture;
    }

    private String create(long owner, long institution, LocalDate startsOn, LocalDate endsOn, LocalDate signedOn,
                          Set<Long> programIds) {
        String number = MouFixtures.unique("PKS/uji daftar");
        LocalDate signed = signedOn != null ? signedOn : startsOn;
        registry.create(ADMINISTRATOR, new MouData(number, "Kerja sama uji", owner, Set.of(institution), programIds,
                "Ruang lingkup", signed, startsOn, endsOn, false));
        return number;
    }
}
