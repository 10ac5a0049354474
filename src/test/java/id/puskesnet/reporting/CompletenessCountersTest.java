package id.puskesnet.reporting;

import static id.puskesnet.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.puskesnet.access.AccessScope;
import id.puskesnet.facility.FacilityRegistry;
import id.puskesnet.facility.FacilityService;
import id.puskesnet.support.MutableClock;
import id.puskesnet.support.WebIntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The completeness counts kept per network and month equal a count from scratch after every change that moves
 * them; a month never read is computed on its first read; the page lists 25 networks a page under the totals of
 * all of them. Months of 2015 and 2008, which no other test uses.
 */
class CompletenessCountersTest extends WebIntegrationTest {

    @Autowired
    FacilityRegistry registry;
    @Autowired
    FacilityService facilities;
    @Autowired
    ReportService reports;
    @Autowired
    ReportingCompleteness completeness;
    @Autowired
    ReportingDeadlines deadlines;
    @Autowired
    DataElementCatalog catalog;
    @Autowired
    NamedParameterJdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void countsEqualACountFromScratchAfterSubmissionsAndRegistryChanges() {
        TestNetwork network = TestNetwork.create(registry, facilities, LocalDate.of(2014, 1, 1));
        TestNetwork other = TestNetwork.create(registry, facilities, LocalDate.of(2014, 1, 1));
        YearMonth march = YearMonth.of(2015, 3);
        List<LocalDate> months = List.of(LocalDate.of(2015, 1, 1), LocalDate.of(2015, 2, 1), march.atDay(1));
        Set<Long> both = Set.of(network.puskesmasId(), other.puskesmasId());
        completeness.of(TestNetwork.ADMIN, march, null);
        assertThat(cell(network, march)).isEqualTo("3/0/0");
        assertSameAsFromScratch(months, both);

        at(2015, 4, 3);
        submit(network.klinik(), network.klinikId(), march, "KLINIK_PRATAMA");
        assertThat(cell(network, march)).as("first submission, on time").isEqualTo("3/1/1");
        at(2015, 4, 7); // after the partners' deadline (5th), before the puskesmas's (8th)
        submit(network.tpmd(), network.tpmdId(), march, "TPMD");
        assertThat(cell(network, march)).as("late partner report").isEqualTo("3/2/1");
        submit(network.puskesmasStaff(), network.puskesmasId(), march, "PUSKESMAS");
        assertThat(cell(network, march)).as("the puskesmas's own report, by its deadline").isEqualTo("3/3/2");
        assertSameAsFromScratch(months, both);

        registry.movePartner(TestNetwork.ADMIN, network.klinikId(), other.puskesmasId(), LocalDate.of(2015, 2, 15),
                "Pindah jejaring");
        assertThat(cell(network, YearMonth.of(2015, 2))).as("membership ended mid-February").isEqualTo("2/0/0");
        assertThat(cell(other, YearMonth.of(2015, 2))).as("membership started mid-February").isEqualTo("4/0/0");
        assertSameAsFromScratch(months, both);

        registry.setActive(TestNetwork.ADMIN, network.tpmdId(), false);
        assertThat(cell(network, YearMonth.of(2015, 1))).as("partner deactivated").isEqualTo("2/0/0");
        assertThat(cell(network, march)).as("a deactivated partner that reported stays expected").isEqualTo("3/3/2");
        assertSameAsFromScratch(months, both);

        registry.setActive(TestNetwork.ADMIN, other.puskesmasId(), false);
        assertThat(cell(other, march)).as("a deactivated puskesmas has no rows (the pages list active ones)")
                .isEqualTo("none");
        assertSameAsFromScratch(months, both);
        registry.setActive(TestNetwork.ADMIN, network.tpmdId(), true);
        assertSameAsFromScratch(months, both);
        assertThat(completeness.of(network.puskesmasStaff(), march, null).rows()).singleElement()
                .satisfies(row -> assertThat(row.month()).isEqualTo(new CompletenessCounts(3, 3, 2)));
    }

    @Test
    void aMonthNeverReadIsComputedOnItsFirstReadAndAgainWhenItsDeadlinesChanged() {
        TestNetwork network = TestNetwork.create(registry, facilities, LocalDate.of(2007, 1, 1));
        YearMonth may = YearMonth.of(2008, 5);
        jdbc.getJdbcTemplate().update("delete from report_completeness where period between '2008-01-01' and '2008-12-01'");
        jdbc.getJdbcTemplate().update("delete from report_completeness_period where period between '2008-01-01' and '2008-12-01'");
        at(2008, 6, 2);
        submit(network.klinik(), network.klinikId(), may, "KLINIK_PRATAMA");
        assertThat(computedMonths()).isZero();

        CompletenessReport report = completeness.of(network.puskesmasStaff(), may, null);

        assertThat(report.rows()).singleElement()
                .satisfies(row -> assertThat(row.month()).isEqualTo(new CompletenessCounts(3, 1, 1)));
        assertThat(computedMonths()).isEqualTo(5);
        List<LocalDate> months = new ArrayList<>();
        for (int m = 1; m <= 5; m++) {
            months.add(LocalDate.of(2008, m, 1));
        }
        assertSameAsFromScratch(months, Set.of(network.puskesmasId()));

        jdbc.getJdbcTemplate().update("""
                update report_completeness_period set partner_due = partner_due - interval '3 days'
                where period = '2008-05-01'""");
        jdbc.getJdbcTemplate().update("update report_completeness set on_time = 0 where period = '2008-05-01'");
        assertThat(completeness.of(network.puskesmasStaff(), may, null).rows().get(0).month())
                .isEqualTo(new CompletenessCounts(3, 1, 1));
    }

    @Test
    void thePageListsTwentyFiveNetworksAPageUnderTheWholeCitysTotals() throws Exception {
        TestNetwork network = TestNetwork.create(registry, facilities, LocalDate.of(2014, 1, 1));
        while (jdbc.getJdbcTemplate().queryForObject(
                "select count(*) from facility where type = 'PUSKESMAS' and active", Integer.class) <= 25) {
            TestNetwork.create(registry, facilities, LocalDate.of(2014, 1, 1));
        }
        at(2015, 7, 2);
        submit(network.klinik(), network.klinikId(), YearMonth.of(2015, 6), "KLINIK_PRATAMA");
        clock.reset();
        CompletenessReport all = completeness.of(TestNetwork.ADMIN, YearMonth.of(2015, 6), null);
        assertThat(all.rows()).hasSizeGreaterThan(25);

        CompletenessPage first = page("dkk", "0");
        CompletenessPage second = page("dkk", "1");

        assertThat(second.rows().getNumber()).isEqualTo(1);
        assertThat(second.rows().getTotalElements()).isEqualTo(all.rows().size());
        assertThat(first.rows().getContent()).hasSize(25);
        List<CompletenessReport.Row> firstTwoPages = new ArrayList<>(first.rows().getContent());
        firstTwoPages.addAll(second.rows().getContent());
        assertThat(firstTwoPages).isEqualTo(all.rows().subList(0, firstTwoPages.size()));
        for (CompletenessPage page : List.of(first, second)) {
            assertThat(page.totalMonth()).isEqualTo(all.totalMonth());
            assertThat(page.totalYearToDate()).isEqualTo(all.totalYearToDate());
        }
        mvc.perform(get("/reports/completeness").param("month", "2015-06").param("page", "1").with(as(users, "dkk")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("class=\"pagination")))
                .andExpect(content().string(Matchers.containsString(second.rows().getContent().get(0).networkName())))
                .andExpect(content().string(Matchers.not(Matchers.containsString(
                        ">" + first.rows().getContent().get(0).networkName() + "<"))));
    }

    @Test
    void aPuskesmasUserSeesOnlyTheirNetworkAndItsOwnTotals() throws Exception {
        Long gunungBahagia = jdbc.getJdbcTemplate().queryForObject(
                "select id from facility where code = 'PKM-GUNUNG-BAHAGIA'", Long.class);

        CompletenessPage page = page("kapus.gunungbahagia", "0");

        assertThat(page.rows().getContent()).singleElement().satisfies(row -> {
            assertThat(row.networkId()).isEqualTo(gunungBahagia);
            assertThat(page.totalMonth()).isEqualTo(row.month());
            assertThat(page.totalYearToDate()).isEqualTo(row.yearToDate());
        });
        assertThat(page.rows().getTotalElements()).isEqualTo(1);
    }

    @Test
    void aListOfNetworksGetsTheirRowsAndTheTotalsOfAll() {
        TestNetwork network = TestNetwork.create(registry, facilities, LocalDate.of(2014, 1, 1));
        YearMonth august = YearMonth.of(2015, 8);
        CompletenessReport all = completeness.of(TestNetwork.ADMIN, august, null);

        CompletenessReport some = completeness.of(TestNetwork.ADMIN, august, null, List.of(network.puskesmasId()));

        assertThat(some.rows()).extracting(CompletenessReport.Row::networkId).containsExactly(network.puskesmasId());
        assertThat(some.totalMonth()).isEqualTo(all.totalMonth());
        assertThat(some.totalYearToDate()).isEqualTo(all.totalYearToDate());
    }

    private CompletenessPage page(String user, String page) throws Exception {
        return (CompletenessPage) mvc.perform(get("/reports/completeness").param("month", "2015-06")
                        .param("page", page).with(as(users, user)))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("completeness");
    }

    private String cell(TestNetwork network, YearMonth month) {
        return CompletenessFromScratch.stored(jdbc, List.of(month.atDay(1)), List.of(network.puskesmasId()))
                .getOrDefault(network.puskesmasId() + "|" + month.atDay(1), "none");
    }

    private void assertSameAsFromScratch(List<LocalDate> months, Set<Long> networks) {
        assertThat(CompletenessFromScratch.stored(jdbc, months, networks))
                .isEqualTo(CompletenessFromScratch.counts(jdbc, deadlines, months, networks));
        assertThat(CompletenessFromScratch.totalsDrift(jdbc)).as("the city's totals are the sums of the cells").isEmpty();
    }

    private Integer computedMonths() {
        return jdbc.getJdbcTemplate().queryForObject(
                "select count(*) from report_completeness_period where period between '2008-01-01' and '2008-12-01'",
                Integer.class);
    }

    private void submit(AccessScope scope, long facilityId, YearMonth month, String facilityType) {
        long id = reports.open(scope, facilityId, month);
        Map<String, String> values = new HashMap<>();
        catalog.reportedBy(facilityType).forEach(e -> values.put(e.code(),
                CompletenessAndAttentionTest.TPMD_VALUES.getOrDefault(e.code(),
                        e.code().equals("TB_SEMBUH") || e.code().equals("TB_LENGKAP") ? "1" : "2")));
        assertThat(reports.save(scope, id, 0, values, true).errors()).isEmpty();
    }

    private void at(int year, int month, int day) {
        clock.reset();
        clock.advance(Duration.between(clock.instant(),
                LocalDateTime.of(year, month, day, 10, 0).atZone(CompletenessAndAttentionTest.CITY).toInstant()));
    }
}
