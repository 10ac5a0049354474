package id.puskesnet.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

/**
 * Runs the benchmark's data generator (bench/sql/[0-9]*.sql, as bench/generate.sh does) on a migrated database:
 * the files in order on one connection, a file headed "-- requires: table" only when that table exists.
 */
final class BenchGenerator {

    static final Path SQL = Path.of("bench", "sql");
    private static final Pattern REQUIRES = Pattern.compile("^-- requires: *([a-z_]+)", Pattern.MULTILINE);

    private BenchGenerator() {
    }

    /** The files generate.sh runs, in order. */
    static List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(SQL)) {
            return files.filter(f -> f.getFileName().toString().matches("[0-9].*\\.sql")).sorted().toList();
        }
    }

    static void generate(DataSource dataSource, int puskesmas, int partners) throws IOException, SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            statement.execute("set bench.puskesmas = '" + puskesmas + "'");
            statement.execute("set bench.partners = '" + partners + "'");
            for (Path file : files()) {
                String sql = Files.readString(file);
                Matcher requires = REQUIRES.matcher(sql);
                if (requires.find() && !exists(statement, requires.group(1))) {
                    continue;
                }
                statement.execute(sql);
            }
            // The pool keeps the connection: drop the temporary helpers and the session settings.
            statement.execute("discard all");
        }
    }

    static void run(DataSource dataSource, String file) throws IOException, SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(Files.readString(SQL.resolve(file)));
        }
    }

    private static boolean exists(Statement statement, String table) throws SQLException {
        try (ResultSet rs = statement.executeQuery("select to_regclass('" + table + "') is not null")) {
            return rs.next() && rs.getBoolean(1);
        }
    }
}
