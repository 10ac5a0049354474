package id.puskesnet.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import id.puskesnet.access.Role;
import id.puskesnet.facility.FacilityRegistry;
import id.puskesnet.facility.WilayahRegistry;
import id.puskesnet.reporting.DataElementCatalog;
import id.puskesnet.reporting.ReportService;
import id.puskesnet.support.WebIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A report the DKK accepts is in the very next request's figures: no cache, no analytics job to wait for. */
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
        IndicatorFixture fixture = new IndicatorFixture(2018, registry, wilayah, reports, elements, targets, catalog, jdbc)
                .build();
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

    private String htFigure(String url) throws Exception {
        String html = mvc.perform(get(url).with(user(IndicatorFixture.user(Role.DKK_OFFICER, null, "dkk.live"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html);
        return page.select("table.figures-table tr[data-indicator=SPM_HT] td.figure-cell")
                .select(".figure-value, .figure-provisional").eachText().stream()
                .reduce((x, y) -> x + " " + y).orElse("");
    }
}
