package id.puskesnet.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL database of a test run: a Testcontainers container where Docker is available,
 * otherwise a throwaway database on a local server, dropped when the JVM ends.
 * The local server is read from PUSKESNET_TEST_DB_URL (default jdbc:postgresql://127.0.0.1:5432/postgres),
 * PUSKESNET_TEST_DB_USERNAME (default postgres) and PUSKESNET_TEST_DB_PASSWORD (default empty).
 */
public final class TestDatabase {

    private static TestDatabase instance;

    private final String url;
    private final String username;
    private final String password;

    private TestDatabase(String url, String username, String password) {
        this.url = url;
        this.username = username;
        this.password = password;
    }

    public static synchronized TestDatabase get() {
        if (instance == null) {
            instance = dockerAvailable() ? startContainer() : createLocalDatabase();
        }
        return instance;
    }

    /**
     * Another, empty database on the same server, dropped when the JVM ends: for tests that must start the
     * application on a database nothing has touched.
     */
    public TestDatabase freshDatabase() {
        String name = "puskesnet_fresh_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(url, username, password);
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create a fresh test database: " + e.getMessage(), e);
        }
        // Dropped through the server's maintenance database: this run's main database may be dropped meanwhile.
        String maintenanceUrl = sibling("postgres");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(maintenanceUrl, username, password, name)));
        return new TestDatabase(sibling(name), username, password);
    }

    /** This URL with another database name, keeping any parameters. */
    private String sibling(String database) {
        int query = url.indexOf('?');
        String path = query < 0 ? url : url.substring(0, query);
        return path.substring(0, path.lastIndexOf('/') + 1) + database + (query < 0 ? "" : url.substring(query));
    }

    public String url() {
        return url;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    private static boolean dockerAvailable() {
        if ("false".equalsIgnoreCase(System.getenv("PUSKESNET_TEST_DOCKER"))) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    @SuppressWarnings("resource")
    private static TestDatabase startContainer() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:16-alpine");
        container.start();
        System.out.println("[puskesnet tests] PostgreSQL from Testcontainers: " + container.getJdbcUrl());
        return new TestDatabase(container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }

    private static TestDatabase createLocalDatabase() {
        String adminUrl = env("PUSKESNET_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = env("PUSKESNET_TEST_DB_USERNAME", "postgres");
        String password = env("PUSKESNET_TEST_DB_PASSWORD", "");
        String name = "puskesnet_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("""
                    The tests need PostgreSQL and found neither Docker (for Testcontainers) nor a local server at %s \
                    as user '%s' (%s). Start Docker, or start a PostgreSQL server and point \
                    PUSKESNET_TEST_DB_URL / PUSKESNET_TEST_DB_USERNAME / PUSKESNET_TEST_DB_PASSWORD at it; \
                    the user must be allowed to create databases.""".formatted(adminUrl, user, e.getMessage()), e);
        }
        String databaseUrl = adminUrl.substring(0, adminUrl.lastIndexOf('/') + 1) + name;
        System.out.println("[puskesnet tests] PostgreSQL: throwaway database " + name + " on the local server");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(adminUrl, user, password, name)));
        return new TestDatabase(databaseUrl, user, password);
    }

    private static void drop(String adminUrl, String user, String password, String name) {
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            System.err.println("[puskesnet tests] Could not drop test database " + name + ": " + e.getMessage());
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
