package id.puskesnet.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.puskesnet.access.Role;
import id.puskesnet.common.FigureSources;
import id.puskesnet.facility.FacilityRegistry;
import id.puskesnet.facility.WilayahRegistry;
import id.puskesnet.reporting.DataElementCatalog;
import id.puskesnet.reporting.ReportService;
import id.puskesnet.support.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A dashboard is a fixed number of SQL statements: adding puskesmas, partners, targets and reports to the city
 * must not add statements to the city, kecamatan or puskesmas dashboard, nor to the ranking export. Counted on
 * requests that compute the figures (the data generation moved on before each); a request that finds the city
 * dashboard's figures kept runs none of their statements.
 */
@Import(StatementCounter.class)
class DashboardStatementCountTest extends WebIntegrationTest {

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
    @Autowired
    FigureSources sources;

    @Test
    void theNumberOfStatementsDoesNotGrowWithTheNumberOfPuskesmasShown() throws Exception {
        IndicatorFixture first = fixture();
        String kecamatan = "/dashboard?year=2017&month=3&kecamatan=" + first.kecamatan;
        String puskesmas = "/dashboard/puskesmas/" + first.a + "?year=2017&month=3";
        int city = statements("/dashboard?year=2017&month=3");
        int inKecamatan = statements(kecamatan);
        int onePuskesmas = statements(puskesmas);
        int export = statements("/dashboard/ranking.xlsx?year=2017&month=3");
        Integer before = jdbc.queryForObject("select count(*) from facility where type = 'PUSKESMAS'", Integer.class);

        for (int i = 0; i < 3; i++) {
            fixture();
        }
        Integer after = jdbc.queryForObject("select count(*) from facility where type = 'PUSKESMAS'", Integer.class);
        assertThat(after).isEqualTo(before + 6);
        assertThat(statements("/dashboard?year=2017&month=3")).isEqualTo(city);
        assertThat(statements(kecamatan)).isEqualTo(inKecamatan);
        assertThat(statements(puskesmas)).isEqualTo(onePuskesmas);
        assertThat(statements("/dashboard/ranking.xlsx?year=2017&month=3")).isEqualTo(export);
        assertThat(city).isLessThan(30);
    }

    @Test
    void theKeptCityFiguresAreNotReadAgainUntilTheirDataChanges() throws Exception {
        fixture();
        String url = "/dashboard?year=2017&month=3";
        int computing = statements(url);
        StatementCounter.STATEMENTS.set(0);
        get(url);
        int kept = StatementCounter.STATEMENTS.get();
        assertThat(kept).as("only the attention list's statements").isLessThan(computing / 2);
        StatementCounter.STATEMENTS.set(0);
        get("/dashboard/ranking.csv?year=2017&month=3");
        get("/dashboard/ranking.csv?year=2017&month=3");
        int twoFiles = StatementCounter.STATEMENTS.get();
        StatementCounter.STATEMENTS.set(0);
        get("/dashboard/ranking.csv?year=2017&month=3");
        assertThat(StatementCounter.STATEMENTS.get()).as("a kept file is sent without SQL").isZero();
        assertThat(twoFiles).isPositive();
    }

    private IndicatorFixture fixture() {
        return new IndicatorFixture(2017, registry, wilayah, reports, elements, targets, catalog, jdbc).build();
    }

    /**
     * Of the second read, which computes again as the generation moved on: the first read of a month also computes
     * its completeness counts, once.
     */
    private int statements(String url) throws Exception {
        get(url);
        sources.changed();
        StatementCounter.STATEMENTS.set(0);
        get(url);
        return StatementCounter.STATEMENTS.get();
    }

    private void get(String url) throws Exception {
        mvc.perform(MockMvcRequestBuilders.get(url).with(user(IndicatorFixture.user(Role.DKK_OFFICER, null, "dkk.count"))))
                .andExpect(status().isOk());
    }
}
