package id.puskesnet.bench;

import java.io.IOException;
import java.sql.SQLException;

import javax.sql.DataSource;

import id.puskesnet.support.MutableClockConfiguration;
import id.puskesnet.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The application on a database of its own, migrated by Flyway without demo data and filled by the benchmark's
 * generator at city scale (27 puskesmas, 300 partners, 60 months), as bench/generate.sh would. The data source
 * counts statements. Subclasses share the context and the data.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({MutableClockConfiguration.class, GeneratedDataConfiguration.class})
abstract class GeneratedDataTest {

    static final int PUSKESMAS = 27;
    static final int PARTNERS = 300;
    private static final TestDatabase DATABASE = TestDatabase.get().freshDatabase();

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected DataSource dataSource;

    @DynamicPropertySource
    static void generatedDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", DATABASE::url);
        registry.add("spring.datasource.username", DATABASE::username);
        registry.add("spring.datasource.password", DATABASE::password);
        registry.add("puskesnet.demo-data", () -> "false");
        registry.add("puskesnet.bootstrap-admin.username", () -> "bench.admin");
        registry.add("puskesnet.bootstrap-admin.password", () -> "bench-puskesnet");
        registry.add("spring.main.banner-mode", () -> "off");
    }

    @BeforeEach
    void generatedOnce() throws IOException, SQLException {
        synchronized (GeneratedDataTest.class) {
            Integer facilities = jdbc.queryForObject("select count(*) from facility", Integer.class);
            if (facilities != null && facilities == 0) {
                BenchGenerator.generate(dataSource, PUSKESMAS, PARTNERS);
            }
        }
    }

    protected StatementCounter statements() {
        return (StatementCounter) dataSource;
    }
}
