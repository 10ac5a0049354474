package id.puskesnet.reporting;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps {@code report_rollup} (sums per network, month and element) in step with the reports, inside the
 * transaction that changes a report's status: dashboards are live without scanning every report.
 * A report counts as accepted once the DKK accepts it, and as verified (provisional) while it is verified by
 * its puskesmas or, for a puskesmas's own report, submitted.
 */
@Component
class ReportRollups {

    enum Contribution { NONE, VERIFIED, ACCEPTED }

    private final JdbcTemplate jdbc;
    private final boolean postgres;

    ReportRollups(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
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
        if (from == to || amounts.isEmpty()) {
            return;
        }
        for (Map.Entry<Long, Integer> entry : amounts.entrySet()) {
            long amount = entry.getValue();
            long accepted = (to == Contribution.ACCEPTED ? amount : 0) - (from == Contribution.ACCEPTED ? amount : 0);
            long verified = (to == Contribution.VERIFIED ? amount : 0) - (from == Contribution.VERIFIED ? amount : 0);
            add(networkId, period, entry.getKey(), accepted, verified);
        }
    }

    private void add(long networkId, LocalDate period, long elementId, long accepted, long verified) {
        if (postgres) {
            jdbc.update("""
                    insert into report_rollup (network_puskesmas_id, period, element_id, accepted_amount, verified_amount)
                    values (?, ?, ?, ?, ?)
                    on conflict (network_puskesmas_id, period, element_id) do update
                    set accepted_amount = report_rollup.accepted_amount + excluded.accepted_amount,
                        verified_amount = report_rollup.verified_amount + excluded.verified_amount""",
                    networkId, period, elementId, accepted, verified);
        } else {
            jdbc.update("""
                    merge into report_rollup r
                    using (values (cast(? as bigint), cast(? as date), cast(? as bigint), cast(? as bigint), cast(? as bigint)))
                        as s (network_puskesmas_id, period, element_id, accepted_amount, verified_amount)
                    on r.network_puskesmas_id = s.network_puskesmas_id and r.period = s.period and r.element_id = s.element_id
                    when matched then update set accepted_amount = r.accepted_amount + s.accepted_amount,
                                                 verified_amount = r.verified_amount + s.verified_amount
                    when not matched then insert (network_puskesmas_id, period, element_id, accepted_amount, verified_amount)
                        values (s.network_puskesmas_id, s.period, s.element_id, s.accepted_amount, s.verified_amount)""",
                    networkId, period, elementId, accepted, verified);
        }
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database this is", e);
        }
    }
}
