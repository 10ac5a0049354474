package id.puskesnet.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import id.puskesnet.PuskesnetApplication;
import id.puskesnet.common.web.LayoutInfo;
import id.puskesnet.support.Browser;
import id.puskesnet.support.MutableClock;
import id.puskesnet.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The first production start: profile {@code prod} on an empty PostgreSQL database, started the way the packaged
 * application starts (not through the test framework), each test on its own fresh database.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProductionStartupTest {

    static final String ADMIN = "kepala.dinkes";
    static final String ADMIN_PASSWORD = "rahasia-awal-2026";

    @Test
    void refusesToStartWithoutTheFirstAdministratorAndSaysWhatToSet(CapturedOutput output) {
        TestDatabase database = TestDatabase.get().freshDatabase();
        assertThatThrownBy(() -> start(database, "", "")).isInstanceOf(NoAdministratorException.class);
        assertThat(output.getOut() + output.getErr())
                .contains("APPLICATION FAILED TO START")
                .contains("PUSKESNET_ADMIN_USERNAME")
                .contains("PUSKESNET_ADMIN_PASSWORD");
    }

    @Test
    void refusesAFirstAdministratorPasswordThatBreaksThePasswordRules(CapturedOutput output) {
        TestDatabase database = TestDatabase.get().freshDatabase();
        assertThatThrownBy(() -> start(database, ADMIN, "short"))
                .isInstanceOf(NoAdministratorException.class)
                .hasMessageContaining("at least 10 characters");
        assertThat(output.getOut() + output.getErr()).contains("PUSKESNET_ADMIN_PASSWORD");
    }

    @Test
    void runsThePostgresOnlyMigrationsToo() {
        TestDatabase database = TestDatabase.get().freshDatabase();
        try (ConfigurableApplicationContext context = start(database, ADMIN, ADMIN_PASSWORD)) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            // db/vendor/postgresql: pages of the report tables keep room for a changed row (HOT updates).
            for (String table : List.of("report", "report_value")) {
                assertThat(jdbc.queryForObject("select array_to_string(reloptions, ',') from pg_class where relname = ?",
                        String.class, table)).as(table).contains("fillfactor=90");
            }
            assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where version = '68' and success",
                    Integer.class)).isEqualTo(1);
        }
    }

    @Test
    void startsWithTheFirstAdministratorAndNoDemoData() {
        TestDatabase database = TestDatabase.get().freshDatabase();
        try (ConfigurableApplicationContext context = start(database, ADMIN, ADMIN_PASSWORD)) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForList("select username, role, facility_id from app_user"))
                    .singleElement()
                    .satisfies(user -> {
                        assertThat(user.get("username")).isEqualTo(ADMIN);
                        assertThat(user.get("role")).isEqualTo("DKK_ADMIN");
                        assertThat(user.get("facility_id")).isNull();
                    });
            assertThat(jdbc.queryForObject("select count(*) from facility", Integer.class)).isZero();
            assertThat(jdbc.queryForObject("select count(*) from kecamatan", Integer.class)).isZero();
            assertThat(context.getBean(LayoutInfo.class).isDemoData()).isFalse();
            assertThat(context.getBeansOfType(MutableClock.class)).as("no test beans in this start").isEmpty();

            Browser browser = new Browser("http://localhost:" + port(context));
            HttpResponse<String> loginPage = browser.get("/login");
            assertThat(loginPage.body()).contains("Masuk").doesNotContain("Data demo", "demo-puskesnet");
            browser.login(ADMIN, ADMIN_PASSWORD);
            assertThat(browser.get("/facilities").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aRestartKeepsTheOneAdministrator() {
        TestDatabase database = TestDatabase.get().freshDatabase();
        start(database, ADMIN, ADMIN_PASSWORD).close();
        try (ConfigurableApplicationContext context = start(database, "someone.else", "another-password-1")) {
            assertThat(context.getBean(JdbcTemplate.class)
                    .queryForList("select username from app_user", String.class)).containsExactly(ADMIN);
        }
    }

    private static ConfigurableApplicationContext start(TestDatabase database, String adminUsername,
                                                       String adminPassword) {
        // Command-line arguments outrank application.properties and any PUSKESNET_* variable of this machine.
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--server.port=0",
                "--puskesnet.bootstrap-admin.username=" + adminUsername,
                "--puskesnet.bootstrap-admin.password=" + adminPassword));
        return new SpringApplicationBuilder(PuskesnetApplication.class)
                .profiles("prod")
                .initializers(context -> context.getBeanFactory()
                        .registerSingleton("excludeTestConfigurations", new ExcludeTestConfigurations()))
                .run(arguments.toArray(String[]::new));
    }

    private static String port(ConfigurableApplicationContext context) {
        return context.getBean(Environment.class).getProperty("local.server.port");
    }

    /**
     * The test classes share the application's packages, so component scanning would find the test-only
     * configurations; the test framework filters them out of its contexts, and this does the same here.
     */
    static final class ExcludeTestConfigurations extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            if (reader.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName())) {
                return true;
            }
            String enclosing = reader.getClassMetadata().getEnclosingClassName();
            return enclosing != null && match(factory.getMetadataReader(enclosing), factory);
        }

        @Override
        public boolean equals(Object other) {
            return other != null && other.getClass() == getClass();
        }

        @Override
        public int hashCode() {
            return getClass().hashCode();
        }
    }
}
