package id.puskesnet.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of integration tests: the whole application on real PostgreSQL (see {@link TestDatabase}),
 * migrated by Flyway and loaded with the demo data, with a clock tests can move ({@link MutableClock}).
 * Subclasses share one Spring context.
 */
@SpringBootTest
@Import(MutableClockConfiguration.class)
public abstract class PostgresIntegrationTest {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestDatabase database = TestDatabase.get();
        registry.add("spring.datasource.url", database::url);
        registry.add("spring.datasource.username", database::username);
        registry.add("spring.datasource.password", database::password);
        registry.add("puskesnet.demo-data", () -> "true");
        registry.add("spring.main.banner-mode", () -> "off");
    }
}
