package id.puskesnet.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.puskesnet.access.AccessScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completeness (received ÷ expected) and timeliness (received by the deadline ÷ expected), as in DHIS2.
 * Expected in a month: every active puskesmas, and every active partner that was in the network on the
 * month's last day; a facility that did report counts as expected too. Received: the report was submitted at
 * least once (a report returned for correction stays received). On time: first submitted by the deadline.
 * <p>
 * The counts are read from {@code report_completeness}, one row per network and month, kept by
 * {@link CompletenessCounters}; a month never read before is computed first. A constant number of statements
 * whatever the number of networks.
 */
@Service
@Transactional(readOnly = true)
public class ReportingCompleteness {

    private final NamedParameterJdbcTemplate jdbc;
    private final CompletenessCounters counters;

    ReportingCompleteness(NamedParameterJdbcTemplate jdbc, CompletenessCounters counters) {
        this.jdbc = jdbc;
        this.counters = counters;
    }

    /** For the month and the year to it; puskesmas users see their own network, partners nothing. */
    public CompletenessReport of(AccessScope scope, YearMonth month, Long kecamatanId) {
        Query query = new Query(scope, month, kecamatanId);
        Map<Long, CompletenessReport.Row> rows = query.rows(query.networks("", ""), "");
        CompletenessCounts totalMonth = CompletenessCounts.ZERO;
        CompletenessCounts totalYear = CompletenessCounts.ZERO;
        for (CompletenessReport.Row row : rows.values()) {
            totalMonth = totalMonth.plus(row.month());
            totalYear = totalYear.plus(row.yearToDate());
        }
        return new CompletenessReport(month, new ArrayList<>(rows.values()), totalMonth, totalYear);
    }

    /**
     * Rows only for the given networks (those of them in scope and kecamatan), totals for every network in scope
     * and kecamatan: for a page that lists a few networks under the city's figures.
     */
    public CompletenessReport of(AccessScope scope, YearMonth month, Long kecamatanId, Collection<Long> networkIds) {
        Query query = new Query(scope, month, kecamatanId);
        query.params.addValue("shownNetworks", networkIds.isEmpty() ? List.of(-1L) : networkIds);
        String shown = " and p.id in (:shownNetworks)";
        Map<Long, CompletenessReport.Row> rows = query.rows(query.networks(shown, ""), shown);
        CompletenessCounts[] totals = query.totals();
        return new CompletenessReport(month, new ArrayList<>(rows.values()), totals[0], totals[1]);
    }

    /** The rows of the given networks (those of them in scope and kecamatan) without totals: for exports in chunks. */
    public List<CompletenessReport.Row> rows(AccessScope scope, YearMonth month, Long kecamatanId,
                                             Collection<Long> networkIds) {
        Query query = new Query(scope, month, kecamatanId);
        query.params.addValue("shownNetworks", networkIds.isEmpty() ? List.of(-1L) : networkIds);
        String shown = " and p.id in (:shownNetworks)";
        return new ArrayList<>(query.rows(query.networks(shown, ""), shown).values());
    }

    /** One page of the networks, by kecamatan and name; the totals cover every network in scope and kecamatan. */
    public CompletenessPage page(AccessScope scope, YearMonth month, Long kecamatanId, Pageable pageable) {
        Query query = new Query(scope, month, kecamatanId);
        Long count = jdbc.queryForObject("select count(*) from facility p where p.type = 'PUSKESMAS' and p.active"
                + query.filter, query.params, Long.class);
        query.params.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
        Map<Long, CompletenessReport.Row> rows = query.rows(query.networks("", " limit :limit offset :offset"),
                " and p.id in (:pageNetworks)");
        CompletenessCounts[] totals = query.totals();
        Page<CompletenessReport.Row> page = new PageImpl<>(new ArrayList<>(rows.values()), pageable,
                count == null ? 0 : count);
        return new CompletenessPage(month, page, totals[0], totals[1]);
    }

    /** The month, the networks in scope and kecamatan, and the counts of January to the month. */
    private final class Query {

        final MapSqlParameterSource params = new MapSqlParameterSource();
        final StringBuilder filter = new StringBuilder();
        final LocalDate selected;

        Query(AccessScope scope, YearMonth month, Long kecamatanId) {
            selected = month.atDay(1);
            List<LocalDate> periods = new ArrayList<>();
            for (int i = 1; i <= month.getMonthValue(); i++) {
                periods.add(month.withMonth(i).atDay(1));
            }
            counters.ensurePeriods(periods);
            params.addValue("from", periods.get(0)).addValue("to", selected);
            if (!scope.cityWide()) {
                filter.append(" and p.id = :scopeNetwork");
                params.addValue("scopeNetwork", scope.puskesmasId() == null ? -1L : scope.puskesmasId());
            }
            if (kecamatanId != null) {
                filter.append(" and p.kecamatan_id = :kecamatan");
                params.addValue("kecamatan", kecamatanId);
            }
        }

        /** The active puskesmas networks in scope: id → name, kecamatan. */
        Map<Long, String[]> networks(String extraFilter, String limit) {
            Map<Long, String[]> networks = new LinkedHashMap<>();
            jdbc.query("""
                    select p.id, p.name, k.name as kecamatan from facility p left join kecamatan k on k.id = p.kecamatan_id
                    where p.type = 'PUSKESMAS' and p.active""" + filter + extraFilter + " order by k.name, p.name, p.id"
                    + limit, params, rs -> {
                        networks.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)});
                    });
            return networks;
        }

        /**
         * The networks' counts of the month and of the year to it. The networks are those of the scope and kecamatan
         * and the extra filter on p, which {@code :pageNetworks} (the networks given) may name.
         */
        Map<Long, CompletenessReport.Row> rows(Map<Long, String[]> networks, String extraFilter) {
            Map<Long, CompletenessCounts[]> counts = new HashMap<>();
            if (!networks.isEmpty()) {
                params.addValue("pageNetworks", networks.keySet());
                jdbc.query("""
                        select c.network_puskesmas_id, c.period, c.expected, c.received, c.on_time
                        from report_completeness c join facility p on p.id = c.network_puskesmas_id
                        where p.type = 'PUSKESMAS' and p.active and c.period between :from and :to"""
                        + filter + extraFilter, params,
                        rs -> {
                            CompletenessCounts[] cell = counts.computeIfAbsent(rs.getLong(1),
                                    n -> new CompletenessCounts[] {CompletenessCounts.ZERO, CompletenessCounts.ZERO});
                            CompletenessCounts c = new CompletenessCounts(rs.getLong(3), rs.getLong(4), rs.getLong(5));
                            cell[1] = cell[1].plus(c);
                            if (rs.getObject(2, LocalDate.class).equals(selected)) {
                                cell[0] = cell[0].plus(c);
                            }
                        });
            }
            Map<Long, CompletenessReport.Row> rows = new LinkedHashMap<>();
            networks.forEach((id, names) -> {
                CompletenessCounts[] c = counts.getOrDefault(id,
                        new CompletenessCounts[] {CompletenessCounts.ZERO, CompletenessCounts.ZERO});
                rows.put(id, new CompletenessReport.Row(id, names[0], names[1], c[0], c[1]));
            });
            return rows;
        }

        /**
         * The month's and the year's totals over every network in scope and kecamatan: for the whole city the
         * months' rows of {@code report_completeness_total}.
         */
        CompletenessCounts[] totals() {
            CompletenessCounts[] totals = {CompletenessCounts.ZERO, CompletenessCounts.ZERO};
            String sql = filter.isEmpty() ? """
                    select t.period, t.expected, t.received, t.on_time from report_completeness_total t
                    where t.period between :from and :to""" : """
                    select c.period, sum(c.expected), sum(c.received), sum(c.on_time)
                    from report_completeness c join facility p on p.id = c.network_puskesmas_id
                    where p.type = 'PUSKESMAS' and p.active and c.period between :from and :to""" + filter
                    + " group by c.period";
            jdbc.query(sql, params, rs -> {
                        CompletenessCounts c = new CompletenessCounts(rs.getLong(2), rs.getLong(3), rs.getLong(4));
                        totals[1] = totals[1].plus(c);
                        if (rs.getObject(1, LocalDate.class).equals(selected)) {
                            totals[0] = totals[0].plus(c);
                        }
                    });
            return totals;
        }
    }
}
