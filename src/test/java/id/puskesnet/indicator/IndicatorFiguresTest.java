package id.puskesnet.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.puskesnet.access.CurrentUser;
import id.puskesnet.access.Role;
import id.puskesnet.facility.FacilityRegistry;
import id.puskesnet.facility.WilayahRegistry;
import id.puskesnet.indicator.HandComputed.Expected;
import id.puskesnet.reporting.DataElementCatalog;
import id.puskesnet.reporting.ReportService;
import id.puskesnet.reporting.ReportStatus;
import id.puskesnet.support.WebIntegrationTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every indicator on every page against the hand-computed figures of {@link IndicatorFixture} (the year 2019,
 * far from the demo history): the service, the city and kecamatan dashboards, the puskesmas dashboard with its
 * partners' shares, the ranking CSV, and a partner's own figures.
 */
class IndicatorFiguresTest extends WebIntegrationTest {

    private static IndicatorFixture fixture;

    @Autowired
    IndicatorFigures figures;
    @Autowired
    IndicatorCatalog catalog;
    @Autowired
    FacilityRegistry registry;
    @Autowired
    WilayahRegistry wilayah;
    @Autowired
    ReportService reports;
    @Autowired
    DataElementCatalog elements;
    @Autowired
    AnnualTargets targets;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void world() {
        if (fixture == null) {
            fixture = new IndicatorFixture(2019, registry, wilayah, reports, elements, targets, catalog, jdbc).build();
        }
    }

    @Test
    void theServiceComputesEveryIndicatorForTheNetworksTheKecamatanAndTheCity() {
        CityDashboard kecamatan = figures.city(IndicatorFixture.DKK,
                new DashboardQuery(fixture.march(), null, fixture.kecamatan, null));
        assertThat(kecamatan.indicators()).extracting(IndicatorDefinition::code)
                .containsExactlyInAnyOrderElementsOf(HandComputed.AREA.keySet());
        assertFigures(rankingRow(kecamatan, fixture.a).figures(), HandComputed.A);
        assertFigures(rankingRow(kecamatan, fixture.b).figures(), HandComputed.B);
        assertFigures(headline(kecamatan.programs()), HandComputed.AREA);
        assertThat(headline(kecamatan.programs()).get(id("ORI_CAKUPAN")).missingTargets()).isEqualTo(1);

        CityDashboard city = figures.city(IndicatorFixture.DKK, new DashboardQuery(fixture.march(), null, null, null));
        assertFigures(headline(city.programs()), HandComputed.AREA);
        AreaFigures ownKecamatan = city.kecamatanRows().stream().filter(k -> k.id() == fixture.kecamatan)
                .findFirst().orElseThrow();
        assertFigures(ownKecamatan.figures(), HandComputed.AREA);
        assertThat(ownKecamatan.puskesmasCount()).isEqualTo(2);
        Integer activeWithoutHtTarget = jdbc.queryForObject("""
                select count(*) from facility p where p.type = 'PUSKESMAS' and p.active and not exists (
                  select 1 from annual_target t join target_kind k on k.id = t.target_kind_id
                  where t.puskesmas_id = p.id and t.target_year = 2019 and k.code = 'HT_ESTIMASI')""", Integer.class);
        assertThat(headline(city.programs()).get(id("SPM_HT")).missingTargets()).isEqualTo(activeWithoutHtTarget);

        PuskesmasDashboard a = figures.puskesmas(IndicatorFixture.DKK, fixture.a,
                new DashboardQuery(fixture.march(), null, null, null));
        assertFigures(headline(a.programs()), HandComputed.A);
        IndicatorResult ht = a.programs().stream().flatMap(p -> p.indicators().stream())
                .filter(r -> r.definition().code().equals("SPM_HT")).findFirst().orElseThrow();
        for (int m = 0; m < 3; m++) {
            Figure f = ht.trend().get(m).figure();
            assertThat(f.value()).isEqualByComparingTo(HandComputed.A_HT_TREND[m][0]);
            assertThat(f.provisionalValue()).isEqualByComparingTo(HandComputed.A_HT_TREND[m][1]);
            assertThat(f.expected()).isEqualByComparingTo(HandComputed.A_HT_TREND[m][2]);
        }
        Map<String, PartnerRow> partners = partnersByRole(a.partners());
        assertThat(partners.get("A").status()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(partners.get("A1").status()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(partners.get("A2").status()).isEqualTo(ReportStatus.SUBMITTED);
        HandComputed.A_SHARES_HT.forEach((who, share) -> assertThat(partners.get(who).shares().get(id("SPM_HT")))
                .isEqualTo(new PartnerShare(share[0], share[1])));
        HandComputed.A_SHARES_DS.forEach((who, share) -> assertThat(partners.get(who).shares().get(id("GIZI_DS")))
                .isEqualTo(new PartnerShare(share[0], share[1])));
        assertThat(a.targets()).filteredOn(t -> t.kind().code().equals("HT_ESTIMASI"))
                .extracting(TargetValue::amount).containsExactly(1200L);
    }

    @Test
    void theRankingsFiguresEqualEachPuskesmasDashboardInEveryMonthJanuaryIncluded() {
        // The ranking reads the year-to-date summary (the month alone as its row less the previous month's), the
        // puskesmas dashboard the monthly rollup: two ways to the same figures.
        for (int month = 1; month <= 4; month++) {
            DashboardQuery query = new DashboardQuery(fixture.march().withMonth(month), null, fixture.kecamatan, null);
            CityDashboard kecamatan = figures.city(IndicatorFixture.DKK, query);
            for (long network : List.of(fixture.a, fixture.b)) {
                Map<Long, Figure> ranked = rankingRow(kecamatan, network).figures();
                assertThat(ranked).as("month %d, network %d", month, network)
                        .isEqualTo(headline(figures.puskesmas(IndicatorFixture.DKK, network, query).programs()));
            }
            List<RankingRow> exported = new java.util.ArrayList<>();
            figures.eachRankingRow(IndicatorFixture.DKK, query, exported::add);
            assertThat(exported).as("the export's rows, month %d", month).isEqualTo(kecamatan.ranking().getContent());
        }
    }

    @Test
    void theCityAndKecamatanPagesShowTheHandComputedFigures() throws Exception {
        Document city = page("/dashboard?year=2019&month=3&lang=en", dkk());
        assertTable(city, HandComputed.AREA);
        Element kecamatanRow = city.selectFirst("table.kecamatan-table tr[data-kecamatan=" + fixture.kecamatan + "]");
        assertThat(kecamatanRow).isNotNull();
        assertCells(kecamatanRow, HandComputed.AREA);
        assertCells(rankingRow(city, "PKM-A-"), HandComputed.A);
        assertCells(rankingRow(city, "PKM-B-"), HandComputed.B);
        assertThat(city.select(".figure-basis").text()).contains("accepted by the DKK");

        Document kecamatan = page("/dashboard?year=2019&month=3&lang=en&kecamatan=" + fixture.kecamatan, dkk());
        assertTable(kecamatan, HandComputed.AREA);
        assertThat(kecamatan.select("table.ranking-table tbody tr")).hasSize(2);
        assertCells(rankingRow(kecamatan, "PKM-A-"), HandComputed.A);
        assertCells(rankingRow(kecamatan, "PKM-B-"), HandComputed.B);
        assertThat(kecamatan.select("table.ranking-table tbody tr").first().attr("data-puskesmas")).startsWith("PKM-A-");

        Document indonesian = page("/dashboard?year=2019&month=3&lang=id&kecamatan=" + fixture.kecamatan, dkk());
        assertThat(indonesian.select("table.figures-table tr[data-indicator=SPM_HT] .figure-value").text())
                .isEqualTo("20,9%");
    }

    @Test
    void thePuskesmasPageShowsItsFiguresItsTrendAndEachPartnersShare() throws Exception {
        for (CurrentUser viewer : List.of(dkk(), IndicatorFixture.user(Role.PUSKESMAS_HEAD, fixture.a, "kapus.alfa"))) {
            Document page = page("/dashboard/puskesmas/" + fixture.a + "?year=2019&month=3&lang=en", viewer);
            assertTable(page, HandComputed.A);
            Element partners = page.selectFirst("table.partners-table");
            Map<String, String> codes = Map.of("A", "PKM-A-", "A1", "KP-A1-", "A2", "TPMD-A2-");
            HandComputed.A_SHARES_HT.forEach((who, share) -> {
                Element cell = partners.selectFirst("tr[data-facility^=" + codes.get(who) + "] td[data-indicator=SPM_HT]");
                assertThat(cell.selectFirst(".share-final").text()).isEqualTo(String.valueOf(share[0]));
                assertThat(cell.select(".share-provisional").text())
                        .isEqualTo(share[1] == share[0] ? "" : "provisional " + share[1]);
            });
            assertThat(partners.select("tfoot td[data-indicator=SPM_HT]").text()).isEqualTo("320");
            assertThat(partners.select("tr[data-facility^=TPMD-A2-] .badge").text()).isEqualTo("Submitted");
            assertThat(page.select("table.targets-table tr[data-kind=HT_ESTIMASI] td").text()).isEqualTo("1,200");
            Element htChart = page.selectFirst("tr[data-indicator=SPM_HT]").closest("section")
                    .select("details.chart-table table").first();
            assertThat(htChart.select("tbody tr").get(1).select("td").eachText())
                    .containsExactly("150", "1,200", "12.5%", "21.7%", "16.7%");
        }
    }

    @Test
    void theRankingCsvAndTimeSeriesCsvCarryTheSameFigures() throws Exception {
        String csv = mvc.perform(get("/dashboard/ranking.csv?year=2019&month=3&lang=en&kecamatan=" + fixture.kecamatan)
                        .with(user(dkk())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.substring(1))).getRecords();
        assertThat(records).hasSize(2);
        for (CSVRecord record : records) {
            Map<String, Expected> expected = record.get("Code").startsWith("PKM-A-") ? HandComputed.A : HandComputed.B;
            expected.forEach((code, e) -> {
                assertThat(record.get(code + " numerator")).isEqualTo(String.valueOf(e.numerator()));
                assertThat(record.get(code + " denominator")).isEqualTo(e.denominator() == null ? "" : e.denominator().toString());
                assertThat(record.get(code + " achievement")).isEqualTo(e.value() == null ? "" : e.value());
                assertThat(record.get(code + " provisional")).isEqualTo(e.provisional() == null ? "" : e.provisional());
            });
        }
        String trend = mvc.perform(get("/dashboard/puskesmas/" + fixture.a + "/trend.csv?year=2019&month=3&lang=en")
                        .with(user(dkk())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(trend).contains("2019-02,SPM_HT,SPM: care for people with hypertension,150,1200,12.5,260,1200,21.7,16.7,");
        assertThat(trend).contains("2019-03,GIZI_DS,Under-fives weighed (D/S),310,400,77.5,310,400,77.5,85.0,Close to target");
    }

    @Test
    void aPartnerSeesItsOwnAcceptedAndSubmittedTotals() throws Exception {
        Document page = page("/dashboard?year=2019&month=3&lang=en",
                IndicatorFixture.user(Role.PARTNER, fixture.a2, "tpmd.alfa"));
        assertThat(page.select("table.own-figures tbody tr")).hasSize(2);
        List<String> codes = page.select("table.own-figures thead th[title]").eachText();
        int ht = codes.indexOf("HT_PELAYANAN");
        assertThat(page.select("tr.own-accepted td").get(ht).text()).isEqualTo("0");
        assertThat(page.select("tr.own-submitted td").get(ht).text()).isEqualTo("1030");
    }

    private Document page(String url, CurrentUser viewer) throws Exception {
        String html = mvc.perform(get(url).with(user(viewer))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }

    private static CurrentUser dkk() {
        return IndicatorFixture.user(Role.DKK_OFFICER, null, "dkk.test");
    }

    /** The figures table of every program: value, provisional, numerator, denominator per indicator row. */
    private static void assertTable(Document page, Map<String, Expected> expected) {
        expected.forEach((code, e) -> {
            Element row = page.selectFirst("table.figures-table tr[data-indicator=" + code + "]");
            assertThat(row).as(code).isNotNull();
            assertFigureCell(row, code, e);
            assertThat(row.selectFirst(".numerator").text()).as(code).isEqualTo(String.format("%,d", e.numerator()));
            assertThat(row.selectFirst(".denominator").text()).as(code)
                    .isEqualTo(e.denominator() == null ? "—" : String.format("%,d", e.denominator()));
        });
    }

    private static void assertCells(Element row, Map<String, Expected> expected) {
        expected.forEach((code, e) -> assertFigureCell(row.selectFirst("td[data-indicator=" + code + "]"), code, e));
    }

    private static void assertFigureCell(Element cell, String code, Expected e) {
        Element badge = cell.selectFirst(".figure-value");
        assertThat(badge.text()).as(code).isEqualTo(e.value() == null ? "—" : e.value() + "%");
        assertThat(badge.classNames()).as(code).contains("text-bg-" + e.achievement().cssClass());
        String provisional = e.provisional() != null && !e.provisional().equals(e.value()) ? "provisional " + e.provisional() + "%" : "";
        assertThat(cell.select(".figure-provisional").text()).as(code).isEqualTo(provisional);
    }

    private static Element rankingRow(Document page, String codePrefix) {
        return page.selectFirst("table.ranking-table tr[data-puskesmas^=" + codePrefix + "][data-puskesmas$=" + fixture.tag + "]");
    }

    private Long id(String code) {
        return catalog.all().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow().id();
    }

    private void assertFigures(Map<Long, Figure> actual, Map<String, Expected> expected) {
        expected.forEach((code, e) -> {
            Figure f = actual.get(id(code));
            assertThat(f.value()).as(code).isEqualTo(e.decimal());
            assertThat(f.provisionalValue()).as(code).isEqualTo(e.provisionalDecimal());
            assertThat(f.achievement()).as(code).isEqualTo(e.achievement());
            assertThat(f.numerator()).as(code).isEqualTo(e.numerator());
            assertThat(f.denominator()).as(code).isEqualTo(e.denominator());
        });
    }

    private static RankingRow rankingRow(CityDashboard dashboard, long networkId) {
        return dashboard.ranking().stream().filter(r -> r.network().id() == networkId).findFirst().orElseThrow();
    }

    private static Map<Long, Figure> headline(List<ProgramFigures> programs) {
        Map<Long, Figure> figures = new HashMap<>();
        programs.forEach(p -> p.indicators().forEach(r -> figures.put(r.definition().id(), r.figure())));
        return figures;
    }

    private Map<String, PartnerRow> partnersByRole(List<PartnerRow> rows) {
        Map<String, PartnerRow> byRole = new HashMap<>();
        for (PartnerRow row : rows) {
            String who = row.facilityId() == fixture.a ? "A" : row.facilityId() == fixture.a1 ? "A1"
                    : row.facilityId() == fixture.a2 ? "A2" : "?";
            byRole.put(who, row);
        }
        return byRole;
    }
}
