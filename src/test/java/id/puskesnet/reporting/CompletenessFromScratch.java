package id.puskesnet.reporting;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Completeness counted the way {@link ReportingCompleteness} counted it before the counters (every facility and
 * every report of the months, per request, for the active puskesmas the pages list): the reference the counters
 * must equal.
 */
public final class CompletenessFromScratch {

    private CompletenessFromScratch() {
    }

    /** "network|period" → "expected/received/onTime" for every cell with something expected, sorted. */
    public static Map<String, String> counts(NamedParameterJdbcTemplate jdbc, ReportingDeadlines deadlines,
                                             List<LocalDate> periods, Collection<Long> networks) {
        MapSqlParameterSource params = new MapSqlParameterSource("networks", networks);
        StringJoiner union = new StringJoiner(" union all ");
        for (int i = 0; i < periods.size(); i++) {
            LocalDate start = periods.get(i);
            params.addValue("m" + i, start).addValue("n" + i, start.plusMonths(1))
                    .addValue("pd" + i, Timestamp.from(deadlines.endOf(deadlines.partnerDue(start))))
                    .addValue("od" + i, Timestamp.from(deadlines.endOf(deadlines.verificationDue(start))));
            union.add("select cast(:m" + i + " as date) as m, cast(:n" + i + " as date) as n, cast(:pd" + i
                    + " as timestamp with time zone) as partner_due, cast(:od" + i + " as timestamp with time zone) as own_due");
        }
        String months = union.toString();
        Map<String, long[]> cells = new TreeMap<>();
        jdbc.query("""
                select x.network_id, x.period, count(*) from (
                    select nm.puskesmas_id as network_id, mo.m as period, nm.partner_id as facility_id
                    from network_membership nm
                    join facility f on f.id = nm.partner_id and f.active
                    join (""" + months + """
                    ) mo on nm.valid_from < mo.n and (nm.valid_to is null or nm.valid_to >= mo.n)
                    union
                    select f.id, mo.m, f.id from facility f cross join (""" + months + """
                    ) mo where f.type = 'PUSKESMAS' and f.active
                    union
                    select r.network_puskesmas_id, r.period, r.facility_id from report r
                    join (""" + months + """
                    ) mo on mo.m = r.period where r.first_submitted_at is not null
                ) x where x.network_id in (:networks)
                  and x.network_id in (select p.id from facility p where p.type = 'PUSKESMAS' and p.active)
                group by x.network_id, x.period""", params,
                rs -> {
                    cells.computeIfAbsent(rs.getLong(1) + "|" + rs.getObject(2, LocalDate.class), k -> new long[3])[0]
                            = rs.getLong(3);
                });
        jdbc.query("""
                select r.network_puskesmas_id, r.period, count(*),
                       sum(case when r.first_submitted_at < case when r.facility_id = r.network_puskesmas_id
                                                               then mo.own_due else mo.partner_due end
                                then 1 else 0 end)
                from report r join (""" + months + """
                ) mo on mo.m = r.period
                where r.first_submitted_at is not null and r.network_puskesmas_id in (:networks)
                  and r.network_puskesmas_id in (select p.id from facility p where p.type = 'PUSKESMAS' and p.active)
                group by r.network_puskesmas_id, r.period""", params,
                rs -> {
                    long[] cell = cells.computeIfAbsent(rs.getLong(1) + "|" + rs.getObject(2, LocalDate.class),
                            k -> new long[3]);
                    cell[1] = rs.getLong(3);
                    cell[2] = rs.getLong(4);
                });
        Map<String, String> result = new TreeMap<>();
        cells.forEach((key, c) -> result.put(key, c[0] + "/" + c[1] + "/" + c[2]));
        return result;
    }

    /** The same cells as kept in report_completeness. */
    public static Map<String, String> stored(NamedParameterJdbcTemplate jdbc, List<LocalDate> periods,
                                             Collection<Long> networks) {
        Map<String, String> result = new TreeMap<>();
        jdbc.query("""
                select network_puskesmas_id, period, expected, received, on_time from report_completeness
                where period in (:periods) and network_puskesmas_id in (:networks) and expected > 0""",
                new MapSqlParameterSource("periods", periods).addValue("networks", networks),
                rs -> {
                    result.put(rs.getLong(1) + "|" + rs.getObject(2, LocalDate.class),
                            rs.getLong(3) + "/" + rs.getLong(4) + "/" + rs.getLong(5));
                });
        return result;
    }

    /**
     * The months whose row of report_completeness_total differs from the sum of the month's cells, with both:
     * "period: total expected/received/onTime != sum ...". Empty when the city's totals are right.
     */
    public static List<String> totalsDrift(NamedParameterJdbcTemplate jdbc) {
        return jdbc.query("""
                select t.period, t.expected, t.received, t.on_time,
                       coalesce(sum(c.expected), 0), coalesce(sum(c.received), 0), coalesce(sum(c.on_time), 0)
                from report_completeness_total t left join report_completeness c on c.period = t.period
                group by t.period, t.expected, t.received, t.on_time
                having t.expected <> coalesce(sum(c.expected), 0) or t.received <> coalesce(sum(c.received), 0)
                    or t.on_time <> coalesce(sum(c.on_time), 0)
                order by t.period""", new MapSqlParameterSource(),
                (rs, n) -> rs.getObject(1, LocalDate.class) + ": total " + rs.getLong(2) + "/" + rs.getLong(3) + "/"
                        + rs.getLong(4) + " != sum " + rs.getLong(5) + "/" + rs.getLong(6) + "/" + rs.getLong(7));
    }
}
