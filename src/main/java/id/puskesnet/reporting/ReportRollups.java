package id.puskesnet.reporting;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import id.puskesnet.common.FigureSources;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps {@code report_rollup} (sums per network, month and element) and its two summaries in step with the
 * reports, inside the transaction that changes a report's status: dashboards are live without scanning every
 * report. {@code report_rollup_city} adds every network up per month and element; {@code report_rollup_ytd}
 * holds per network and element the sums from January to each month of the year, so a city-wide figure or a
 * ranking of every network reads a few rows per element.
 * <p>
 * A report counts as accepted once the DKK accepts it, and as verified (provisional) while it is verified by
 * its puskesmas or, for a puskesmas's own report, submitted. Rows are changed in one order (network rows,
 * year-to-date rows, city rows; each by element and month), so two concurrent changes never deadlock.
 */
@Component
class ReportRollups {

    enum Contribution { NONE, VERIFIED, ACCEPTED }

    private final JdbcTemplate jdbc;
    private final FigureSources sources;
    private final boolean postgres;

    ReportRollups(JdbcTemplate jdbc, DataSource dataSource, FigureSources sources) {
        this.jdbc = jdbc;
        this.sources = sources;
        this.postgres = isPostgres(dataSource);
    }

    static Contribution contribution(ReportStatus status, boolean puskesmasOwnReport) {
        return switch (status) {
            case ACCEPTED -> Contribution.ACCEPTED;
            case VERIFIED -> Contribution.VERIFIED;
            case SUBMITTED -> puskesmasOwnReport ? Contribution.VERIFIED : Contribution.NONE;
            default -> Contribution.NONE;
        };
    }

    /** Moves the report's amounts from the bucket of its old status to the bucket of its new one. */
    @Transactional(propagation = Propagation.MANDATORY)
    void move(long networkId, LocalDate period, Map<Long, Integer> amounts, Contribution from, Contribution to) {
        if (from == to) {
            return;
        }
        // Even without amounts: which reports await acceptance (the DKK's attention list) changed.
        sources.changed();
        if (amounts.isEmpty()) {
            return;
        }
        List<Object[]> network = new ArrayList<>();
        List<Object[]> yearToDate = new ArrayList<>();
        List<Object[]> city = new ArrayList<>();
        for (Map.Entry<Long, Integer> entry : new TreeMap<>(amounts).entrySet()) {
            long amount = entry.getValue();
            long accepted = (to == Contribution.ACCEPTED ? amount : 0) - (from == Contribution.ACCEPTED ? amount : 0);
            long verified = (to == Contribution.VERIFIED ? amount : 0) - (from == Contribution.VERIFIED ? amount : 0);
            network.add(new Object[] {networkId, period, entry.getKey(), accepted, verified});
            for (LocalDate month = period; month.getYear() == period.getYear(); month = month.plusMonths(1)) {
                yearToDate.add(new Object[] {networkId, month, entry.getKey(), accepted, verified});
            }
            city.add(new Object[] {period, entry.getKey(), accepted, verified});
        }
        jdbc.batchUpdate(upsert("report_rollup", "network_puskesmas_id, period, element_id"), network);
        jdbc.batchUpdate(upsert("report_rollup_ytd", "network_puskesmas_id, period, element_id"), yearToDate);
        jdbc.batchUpdate(upsert("report_rollup_city", "period, element_id"), city);
    }

    /** Adds the amounts to the row of the key, creating it when missing. */
    private String upsert(String table, String keyColumns) {
        String[] keys = keyColumns.split(", ");
        String columns = keyColumns + ", accepted_amount, verified_amount";
        if (postgres) {
            return "insert into " + table + " (" + columns + ") values (" + "?, ".repeat(keys.length) + "?, ?)"
                    + " on conflict (" + keyColumns + ") do update"
                    + " set accepted_amount = " + table + ".accepted_amount + excluded.accepted_amount,"
                    + " verified_amount = " + table + ".verified_amount + excluded.verified_amount";
        }
        StringBuilder source = new StringBuilder();
        StringBuilder match = new StringBuilder();
        StringBuilder inserted = new StringBuilder();
        for (String key : keys) {
            String type = key.equals("period") ? "date" : "bigint";
            source.append("cast(? as ").append(type).append("), ");
            match.append(match.isEmpty() ? "" : " and ").append("r.").append(key).append(" = s.").append(key);
            inserted.append("s.").append(key).append(", ");
        }
        return "merge into " + table + " r using (values (" + source + "cast(? as bigint), cast(? as bigint)))"
                + " as s (" + columns + ") on " + match
                + " when matched then update set accepted_amount = r.accepted_amount + s.accepted_amount,"
                + " verified_amount = r.verified_amount + s.verified_amount"
                + " when not matched then insert (" + columns + ") values (" + inserted
                + "s.accepted_amount, s.verified_amount)";
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database this is", e);
        }
    }
}
