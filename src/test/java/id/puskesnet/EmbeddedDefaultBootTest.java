package id.puskesnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import id.puskesnet.access.AccessScope;
import id.puskesnet.access.Role;
import id.puskesnet.common.web.LayoutInfo;
import id.puskesnet.facility.FacilityRegistry;
import id.puskesnet.reporting.CompletenessFromScratch;
import id.puskesnet.reporting.CompletenessReport;
import id.puskesnet.reporting.ReportingCompleteness;
import id.puskesnet.reporting.ReportingDeadlines;
import id.puskesnet.support.DemoUsers;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The application as {@code ./mvnw spring-boot:run} starts it: the embedded H2 database (here in memory instead
 * of under ./data), migrated by the same Flyway scripts and filled with the demo data.
 */
@SpringBootTest(properties = "spring.datasource.url="
        + "jdbc:h2:mem:boot;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@AutoConfigureMockMvc
@DirtiesContext
class EmbeddedDefaultBootTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    Flyway flyway;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LayoutInfo layoutInfo;

    @Autowired
    MockMvc mvc;

    @Autowired
    ReportingCompleteness completeness;

    @Autowired
    ReportingDeadlines deadlines;

    @Autowired
    FacilityRegistry registry;

    @Autowired
    UserDetailsService users;

    @Test
    void runsOnTheEmbeddedH2Database() throws Exception {
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("H2");
            assertThat(connection.getMetaData().getURL()).startsWith("jdbc:h2:mem:boot");
        }
    }

    @Test
    void flywayAppliedEveryMigration() {
        var migrations = flyway.info().all();
        assertThat(migrations).isNotEmpty();
        assertThat(Arrays.stream(migrations).map(m -> m.getVersion() + " " + m.getState()))
                .allMatch(m -> m.endsWith(" " + MigrationState.SUCCESS));
    }

    @Test
    void theDemoDataIsLoaded() {
        assertThat(count("select count(*) from kota")).isEqualTo(1);
        assertThat(count("select count(*) from kecamatan")).isEqualTo(6);
        assertThat(count("select count(*) from kelurahan")).isEqualTo(34);
        assertThat(count("select count(*) from facility where type = 'PUSKESMAS'")).isEqualTo(24);
        assertThat(count("select count(*) from facility where network_puskesmas_id is not null")).isPositive();
        assertThat(count("select count(*) from app_user")).isEqualTo(7);
        assertThat(layoutInfo.isDemoData()).isTrue();
    }

    @Test
    void theDemoAdministratorLogsInAndSeesTheFacilities() throws Exception {
        var login = mvc.perform(formLogin("/login").user("admin").password(DemoUsers.PASSWORD))
                .andExpect(authenticated().withUsername("admin"))
                .andExpect(redirectedUrl("/"))
                .andReturn();
        MockHttpSession session = (MockHttpSession) login.getRequest().getSession();
        mvc.perform(get("/facilities").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Puskesmas Baru Tengah")))
                .andExpect(content().string(containsString("Data demo")));
    }

    @Test
    void completenessIsCountedAndKeptOnH2Too() throws Exception {
        AccessScope admin = new AccessScope(Role.DKK_ADMIN, null);
        YearMonth lastMonth = YearMonth.now(ZoneId.of("Asia/Makassar")).minusMonths(1);
        CompletenessReport before = completeness.of(admin, lastMonth, null);
        assertThat(count("select count(*) from report_completeness_period")).isEqualTo(lastMonth.getMonthValue());
        List<LocalDate> months = jdbc.queryForList("select period from report_completeness_period", LocalDate.class);
        List<Long> networks = jdbc.queryForList("select id from facility where type = 'PUSKESMAS'", Long.class);
        NamedParameterJdbcTemplate named = new NamedParameterJdbcTemplate(jdbc);
        assertThat(CompletenessFromScratch.stored(named, months, networks))
                .isEqualTo(CompletenessFromScratch.counts(named, deadlines, months, networks));
        long partner = jdbc.queryForObject("select min(id) from facility where network_puskesmas_id is not null "
                + "and active", Long.class);
        registry.setActive(admin, partner, false);
        assertThat(CompletenessFromScratch.stored(named, months, networks))
                .isEqualTo(CompletenessFromScratch.counts(named, deadlines, months, networks));
        assertThat(CompletenessFromScratch.totalsDrift(named)).isEmpty();
        registry.setActive(admin, partner, true);
        assertThat(completeness.of(admin, lastMonth, null)).isEqualTo(before);
        assertThat(CompletenessFromScratch.totalsDrift(named)).isEmpty();
        mvc.perform(get("/reports/completeness").with(DemoUsers.as(users, "dkk")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("completeness-total")));
    }

    private int count(String sql) {
        return jdbc.queryForObject(sql, Integer.class);
    }
}
