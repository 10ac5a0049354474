package id.puskesnet.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

import id.puskesnet.access.Role;
import id.puskesnet.facility.FacilityRegistry;
import id.puskesnet.facility.IlpStatus;
import id.puskesnet.facility.PuskesmasData;
import id.puskesnet.facility.WilayahRegistry;
import id.puskesnet.reporting.DataElementCatalog;
import id.puskesnet.reporting.ReportService;
import id.puskesnet.support.WebIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A report the DKK accepts is in the very next request's figures, and so is a renamed puskesmas or a changed
 * target: no analytics job to wait for, and the DKK dashboard's kept figures and ranking files are made again once
 * their data changed.
 */
class LiveDashboardTest extends WebIntegrationTest {

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
    IndicatorCatalog catalog;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void acceptingAVerifiedReportMovesItFromProvisionalIntoTheFinalFigureOnTheNextRequest() throws Exception {
        IndicatorFixture fixture = fixture();
        String puskesmasPage = "/dashboard/puskesmas/" + fixture.a + "?year=2018&month=3&lang=en";
        String kecamatanPage = "/dashboard?year=2018&month=3&lang=en&kecamatan=" + fixture.kecamatan;
        assertThat(htFigure(puskesmasPage)).isEqualTo("26.7% provisional 35.8%");
        assertThat(htFigure(kecamatanPage)).isEqualTo("20.9% provisional 24.4%");

        fixture.accept(fixture.a2January);

        // A2's 30 people served move from provisional to final: 350 of 1,200, and 700 of 3,200 for the kecamatan.
        assertThat(htFigure(puskesmasPage)).isEqualTo("29.2% provisional 35.8%");
        assertThat(htFigure(kecamatanPage)).isEqualTo("21.9% provisional 24.4%");

        fixture.accept(fixture.aFebruary);
        assertThat(htFigure(puskesmasPage)).isEqualTo("35.8%");
    }

    @Test
    void aRenamedPuskesmasIsOnTheNextDashboardAndRankingFile() throws Exception {
        IndicatorFixture fixture = fixture();
        String dashboard = "/dashboard?year=2018&month=3&lang=en&kecamatan=" + fixture.kecamatan;
        String csv = "/dashboard/ranking.csv?year=2018&month=3&lang=en&kecamatan=" + fixture.kecamatan;
        assertThat(rankingNames(dashboard)).containsExactlyInAnyOrder("Puskesmas Alfa " + fixture.tag,
                "Puskesmas Beta " + fixture.tag);
        assertThat(page(csv)).contains("Puskesmas Alfa " + fixture.tag);

        int version = jdbc.queryForObject("select version from facility where id = ?", Integer.class, fixture.a);
        registry.updatePuskesmas(IndicatorFixture.ADMIN, fixture.a, new PuskesmasData("PKM-A-" + fixture.tag,
                "Puskesmas Gamma " + fixture.tag, fixture.kecamatan, Set.of(fixture.kelurahan), null, null, null, false,
                false, IlpStatus.BELUM, null, null, null), version);

        assertThat(rankingNames(dashboard)).containsExactlyInAnyOrder("Puskesmas Gamma " + fixture.tag,
                "Puskesmas Beta " + fixture.tag);
        assertThat(page(csv)).contains("Puskesmas Gamma " + fixture.tag).doesNotContain("Puskesmas Alfa");
    }

    @Test
    void aChangedTargetIsInTheNextFigures() throws Exception {
        IndicatorFixture fixture = fixture();
        String kecamatanPage = "/dashboard?year=2018&month=3&lang=en&kecamatan=" + fixture.kecamatan;
        assertThat(htFigure(kecamatanPage)).isEqualTo("20.9% provisional 24.4%");

        long kind = catalog.targetKinds().stream().filter(k -> k.code().equals("HT_ESTIMASI")).findFirst()
                .orElseThrow().id();
        targets.save(IndicatorFixture.ADMIN, 2018, targets.version(2018),
                Map.of(TargetGrid.cell(fixture.a, kind), "2200"));

        // 670 people served of a target of 2,200 + 2,000 (A's was 1,200).
        assertThat(htFigure(kecamatanPage)).isEqualTo("16.0% provisional 18.6%");
    }

    @Test
    void aReportAcceptedIsInTheNextRankingFile() throws Exception {
        IndicatorFixture fixture = fixture();
        String csv = "/dashboard/ranking.csv?year=2018&month=3&sort=name&kecamatan=" + fixture.kecamatan;
        String before = page(csv);
        assertThat(page(csv)).as("the same file while nothing changed").isEqualTo(before);

        fixture.accept(fixture.a2January);

        assertThat(page(csv)).isNotEqualTo(before);
    }

    @Test
    void theRankingFileComesCompressedToClientsThatAcceptItAndPlainToOthers() throws Exception {
        IndicatorFixture fixture = fixture();
        String csv = "/dashboard/ranking.csv?year=2018&month=3&kecamatan=" + fixture.kecamatan;
        var plain = mvc.perform(get(csv).with(user(IndicatorFixture.user(Role.DKK_OFFICER, null, "dkk.live"))))
                .andExpect(status().isOk()).andReturn().getResponse();
        var compressed = mvc.perform(get(csv).header("Accept-Encoding", "gzip, deflate, br")
                        .with(user(IndicatorFixture.user(Role.DKK_OFFICER, null, "dkk.live"))))
                .andExpect(status().isOk()).andReturn().getResponse();

        assertThat(plain.getHeader("Content-Encoding")).isNull();
        assertThat(compressed.getHeader("Content-Encoding")).isEqualTo("gzip");
        assertThat(compressed.getHeader("Vary")).isEqualTo("Accept-Encoding");
        assertThat(compressed.getHeader("Content-Disposition")).isEqualTo(plain.getHeader("Content-Disposition"));
        byte[] unzipped = new java.util.zip.GZIPInputStream(
                new java.io.ByteArrayInputStream(compressed.getContentAsByteArray())).readAllBytes();
        assertThat(unzipped).isEqualTo(plain.getContentAsByteArray());
        assertThat(new String(unzipped, StandardCharsets.UTF_8)).contains("Puskesmas Alfa " + fixture.tag);
    }

    private IndicatorFixture fixture() {
        return new IndicatorFixture(2018, registry, wilayah, reports, elements, targets, catalog, jdbc).build();
    }

    private java.util.List<String> rankingNames(String url) throws Exception {
        return Jsoup.parse(page(url)).select("table.ranking-table tbody th a").eachText();
    }

    private String page(String url) throws Exception {
        return mvc.perform(get(url).with(user(IndicatorFixture.user(Role.DKK_OFFICER, null, "dkk.live"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String htFigure(String url) throws Exception {
        String html = mvc.perform(get(url).with(user(IndicatorFixture.user(Role.DKK_OFFICER, null, "dkk.live"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html);
        return page.select("table.figures-table tr[data-indicator=SPM_HT] td.figure-cell")
                .select(".figure-value, .figure-provisional").eachText().stream()
                .reduce((x, y) -> x + " " + y).orElse("");
    }
}
