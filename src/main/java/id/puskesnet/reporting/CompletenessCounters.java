package id.puskesnet.reporting;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;

import javax.sql.DataSource;

import id.puskesnet.common.FigureSources;
import id.puskesnet.facility.NetworkMembershipChanged;
import jakarta.persistence.EntityManager;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps {@code report_completeness} (reports expected, received and received on time per network and month) in
 * step with the reports and the registry. A cell is never incremented: it is recomputed from report, facility and
 * network_membership with the definitions of {@link ReportingCompleteness}, in the transaction that changed them,
 * so it cannot drift. A month is computed for every network on its first read and recorded with the deadlines it
 * was counted against ({@code report_completeness_period}); later changes recompute only the cells they touch.
 * {@code report_completeness_total} keeps the city's sum per month, changed with the cells.
 * <p>
 * On PostgreSQL, advisory locks order the writers: computing a month takes the months lock exclusively, a report's
 * first submission takes it shared and then its network's lock, so a count never misses a report committed by a
 * concurrent transaction. The embedded H2 database (one application, demo data) only serialises first reads.
 */
@Component
class CompletenessCounters {

    /** Advisory lock keys: (MONTHS_LOCK, 0) for the months, (NETWORK_LOCK, network id) for one network. */
    private static final int MONTHS_LOCK = 0x636f6d70;
    private static final int NETWORK_LOCK = 0x636f6d71;

    private final NamedParameterJdbcTemplate jdbc;
    private final FigureSources sources;
    private final ReportingDeadlines deadlines;
    private final EntityManager entityManager;
    private final TransactionTemplate ownTransaction;
    private final boolean postgres;
    private final Object firstReads = new Object();

    CompletenessCounters(NamedParameterJdbcTemplate jdbc, ReportingDeadlines deadlines, EntityManager entityManager,
                         PlatformTransactionManager transactions, DataSource dataSource, FigureSources sources) {
        this.jdbc = jdbc;
        this.sources = sources;
        this.deadlines = deadlines;
        this.entityManager = entityManager;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.postgres = isPostgres(dataSource);
    }

    /**
     * Recomputes one network's month after a report of it was first submitted. A month not computed yet is left
     * to its first read, which will count the report.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void refresh(long networkId, LocalDate period) {
        sources.changed();
        entityManager.flush();
        lock("pg_advisory_xact_lock_shared", MONTHS_LOCK, 0);
        if (computed(List.of(period)).isEmpty()) {
            return;
        }
        lock("pg_advisory_xact_lock", NETWORK_LOCK, networkId);
        recompute(List.of(period), Set.of(networkId));
    }

    /** Recomputes the networks in every month computed so far, after a change of who is expected in them. */
    @Transactional(propagation = Propagation.MANDATORY)
    void refresh(Collection<Long> networkIds) {
        if (networkIds.isEmpty()) {
            return;
        }
        sources.changed();
        entityManager.flush();
        lock("pg_advisory_xact_lock", MONTHS_LOCK, 0);
        List<LocalDate> periods = jdbc.queryForList("select period from report_completeness_period order by period",
                new MapSqlParameterSource(), LocalDate.class);
        List<LocalDate> current = computed(periods);
        if (!current.isEmpty()) {
            recompute(current, Set.copyOf(networkIds));
        }
    }

    @EventListener
    void networksChanged(NetworkMembershipChanged event) {
        refresh(event.networkIds());
    }

    /**
     * Makes sure the months are computed for every network with the current deadlines. The months missing are
     * computed in a transaction of their own (the caller's may be read-only), committed before this returns.
     */
    void ensurePeriods(List<LocalDate> periods) {
        if (computed(periods).size() == Set.copyOf(periods).size()) {
            return;
        }
        synchronized (firstReads) {
            ownTransaction.executeWithoutResult(status -> {
                lock("pg_advisory_xact_lock", MONTHS_LOCK, 0);
                Set<LocalDate> missing = new HashSet<>(periods);
                computed(periods).forEach(missing::remove);
                if (missing.isEmpty()) {
                    return;
                }
                List<LocalDate> months = new ArrayList<>(missing);
                recompute(months, null);
                MapSqlParameterSource params = new MapSqlParameterSource("periods", months);
                jdbc.update("delete from report_completeness_period where period in (:periods)", params);
                jdbc.batchUpdate("""
                        insert into report_completeness_period (period, partner_due, own_due)
                        values (:period, :partnerDue, :ownDue)""", periodRows(months));
            });
        }
    }

    private MapSqlParameterSource[] periodRows(List<LocalDate> months) {
        return months.stream().map(m -> new MapSqlParameterSource()
                .addValue("period", m)
                .addValue("partnerDue", partnerDue(m))
                .addValue("ownDue", ownDue(m))).toArray(MapSqlParameterSource[]::new);
    }

    /** The months, of those given, computed with today's deadlines. */
    private List<LocalDate> computed(List<LocalDate> periods) {
        if (periods.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource();
        return jdbc.queryForList("select mo.m from (" + months(periods, params) + """
                ) mo join report_completeness_period c
                  on c.period = mo.m and c.partner_due = mo.partner_due and c.own_due = mo.own_due""",
                params, LocalDate.class);
    }

    /** Deletes and recomputes the cells of these months, for the networks given or (null) for every network. */
    private void recompute(List<LocalDate> periods, Set<Long> networkIds) {
        MapSqlParameterSource params = new MapSqlParameterSource("periods", periods);
        if (networkIds == null) {
            jdbc.update("delete from report_completeness where period in (:periods)", params);
            jdbc.update(countsSql(months(periods, params), false), params);
            jdbc.update("delete from report_completeness_total where period in (:periods)", params);
            jdbc.update("""
                    insert into report_completeness_total (period, expected, received, on_time)
                    select mo.m, coalesce(sum(c.expected), 0), coalesce(sum(c.received), 0), coalesce(sum(c.on_time), 0)
                    from (""" + months(periods, params) + """
                    ) mo left join report_completeness c on c.period = mo.m
                    group by mo.m""", params);
            return;
        }
        params.addValue("networks", networkIds);
        jdbc.update(totalsChange("-"), params);
        jdbc.update("delete from report_completeness where period in (:periods)"
                + " and network_puskesmas_id in (:networks)", params);
        jdbc.update(countsSql(months(periods, params), true), params);
        jdbc.update(totalsChange("+"), params);
    }

    /**
     * Takes the networks' cells out of the city's totals of the months ("-", before they are recomputed) or adds
     * them in ("+", after). The cells are this transaction's alone (network lock or months lock); the totals row is
     * what concurrent transactions share, and its row lock orders them.
     */
    private static String totalsChange(String sign) {
        String sum = " (select coalesce(sum(c.%s), 0) from report_completeness c"
                + " where c.period = t.period and c.network_puskesmas_id in (:networks))";
        return "update report_completeness_total t set"
                + " expected = t.expected " + sign + sum.formatted("expected") + ","
                + " received = t.received " + sign + sum.formatted("received") + ","
                + " on_time = t.on_time " + sign + sum.formatted("on_time")
                + " where t.period in (:periods)";
    }

    /**
     * Rows for active puskesmas only: a deactivated puskesmas's rows go with the event of its deactivation.
     * Expected: the active partners in the network on the month's last day, the active puskesmas itself, and any
     * facility that did report (de-duplicated). Received: reports submitted at least once. On time: first submitted
     * before the end of the deadline day (partners' day for partner reports, verification day for the puskesmas's).
     */
    private static String countsSql(String months, boolean someNetworks) {
        String membership = someNetworks ? " and nm.puskesmas_id in (:networks)" : "";
        String puskesmas = someNetworks ? " and f.id in (:networks)" : "";
        String reported = someNetworks ? " and r.network_puskesmas_id in (:networks)" : "";
        return """
                insert into report_completeness (network_puskesmas_id, period, expected, received, on_time)
                select e.network_id, e.period, e.expected, coalesce(s.received, 0), coalesce(s.on_time, 0)
                from (
                    select x.network_id, x.period, count(*) as expected from (
                        select nm.puskesmas_id as network_id, mo.m as period, nm.partner_id as facility_id
                        from network_membership nm
                        join facility f on f.id = nm.partner_id and f.active
                        join (""" + months + """
                        ) mo on nm.valid_from < mo.n and (nm.valid_to is null or nm.valid_to >= mo.n)
                        where 1 = 1""" + membership + """

                        union
                        select f.id, mo.m, f.id from facility f cross join (""" + months + """
                        ) mo where f.type = 'PUSKESMAS' and f.active""" + puskesmas + """

                        union
                        select r.network_puskesmas_id, r.period, r.facility_id from report r
                        join (""" + months + """
                        ) mo on mo.m = r.period where r.first_submitted_at is not null""" + reported + """

                    ) x group by x.network_id, x.period
                ) e
                join facility n on n.id = e.network_id and n.type = 'PUSKESMAS' and n.active
                left join (
                    select r.network_puskesmas_id as network_id, r.period, count(*) as received,
                           sum(case when r.first_submitted_at < case when r.facility_id = r.network_puskesmas_id
                                                                   then mo.own_due else mo.partner_due end
                                    then 1 else 0 end) as on_time
                    from report r join (""" + months + """
                    ) mo on mo.m = r.period
                    where r.first_submitted_at is not null""" + reported + """

                    group by r.network_puskesmas_id, r.period
                ) s on s.network_id = e.network_id and s.period = e.period""";
    }

    /** The months as rows: m = first day, n = first day of the next month, and the two deadlines. */
    private String months(List<LocalDate> periods, MapSqlParameterSource params) {
        StringJoiner union = new StringJoiner(" union all ");
        int i = 0;
        for (LocalDate start : periods) {
            i++;
            params.addValue("m" + i, start);
            params.addValue("n" + i, start.plusMonths(1));
            params.addValue("pd" + i, partnerDue(start));
            params.addValue("od" + i, ownDue(start));
            union.add("select cast(:m" + i + " as date) as m, cast(:n" + i + " as date) as n, cast(:pd" + i
                    + " as timestamp with time zone) as partner_due, cast(:od" + i
                    + " as timestamp with time zone) as own_due");
        }
        return union.toString();
    }

    private Timestamp partnerDue(LocalDate period) {
        return Timestamp.from(deadlines.endOf(deadlines.partnerDue(period)));
    }

    private Timestamp ownDue(LocalDate period) {
        return Timestamp.from(deadlines.endOf(deadlines.verificationDue(period)));
    }

    private void lock(String function, int namespace, long key) {
        if (postgres) {
            jdbc.query("select " + function + "(:namespace, :key)", new MapSqlParameterSource()
                    .addValue("namespace", namespace).addValue("key", (int) (key % Integer.MAX_VALUE)), rs -> { });
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
