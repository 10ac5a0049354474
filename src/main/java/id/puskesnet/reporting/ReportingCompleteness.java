package id.puskesnet.reporting;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import id.puskesnet.access.AccessScope;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completeness (received ÷ expected) and timeliness (received by the deadline ÷ expected), as in DHIS2.
 * Expected in a month: every active puskesmas, and every active partner that was in the network on the
 * month's last day; a facility that did report counts as expected too. Received: the report was submitted at
 * least once (a report returned for correction stays received). On time: first submitted by the deadline.
 * Three statements whatever the number of networks.
 */
@Service
@Transactional(readOnly = true)
public class ReportingCompleteness {

    private final NamedParameterJdbcTemplate jdbc;
    private final ReportingDeadlines deadlines;

    ReportingCompleteness(NamedParameterJdbcTemplate jdbc, ReportingDeadlines deadlines) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
    }

    /** For the month and the year to it; puskesmas users see their own network, partners nothing. */
    public CompletenessReport of(AccessScope scope, YearMonth month, Long kecamatanId) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String months = monthsTable(month, params);
        StringBuilder networkFilter = new StringBuilder();
        if (!scope.cityWide()) {
            networkFilter.append(" and p.id = :scopeNetwork");
            params.addValue("scopeNetwork", scope.puskesmasId() == null ? -1L : scope.puskesmasId());
        }
        if (kecamatanId != null) {
            networkFilter.append(" and p.kecamatan_id = :kecamatan");
            params.addValue("kecamatan", kecamatanId);
        }
        Map<Long, CompletenessReport.Row> rows = new LinkedHashMap<>();
        Map<Long, String[]> networks = new LinkedHashMap<>();
        jdbc.query("""
                select p.id, p.name, k.name as kecamatan from facility p left join kecamatan k on k.id = p.kecamatan_id
                where p.type = 'PUSKESMAS' and p.active""" + networkFilter + " order by k.name, p.name", params,
                rs -> {
                    networks.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)});
                });
        Map<Long, Map<LocalDate, long[]>> counts = new HashMap<>();
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
                ) x join facility p on p.id = x.network_id where 1 = 1""" + networkFilter
                + " group by x.network_id, x.period", params,
                rs -> {
                    cell(counts, rs.getLong(1), rs.getObject(2, LocalDate.class))[0] = rs.getLong(3);
                });
        jdbc.query("""
                select r.network_puskesmas_id, r.period, count(*),
                       sum(case when r.first_submitted_at < case when r.facility_id = r.network_puskesmas_id
                                                               then mo.own_due else mo.partner_due end
                                then 1 else 0 end)
                from report r join (""" + months + """
                ) mo on mo.m = r.period
                join facility p on p.id = r.network_puskesmas_id
                where r.first_submitted_at is not null""" + networkFilter
                + " group by r.network_puskesmas_id, r.period", params,
                rs -> {
                    long[] cell = cell(counts, rs.getLong(1), rs.getObject(2, LocalDate.class));
                    cell[1] = rs.getLong(3);
                    cell[2] = rs.getLong(4);
                });
        CompletenessCounts totalMonth = CompletenessCounts.ZERO;
        CompletenessCounts totalYear = CompletenessCounts.ZERO;
        LocalDate selected = month.atDay(1);
        for (Map.Entry<Long, String[]> network : networks.entrySet()) {
            CompletenessCounts inMonth = CompletenessCounts.ZERO;
            CompletenessCounts inYear = CompletenessCounts.ZERO;
            for (Map.Entry<LocalDate, long[]> cell : counts.getOrDefault(network.getKey(), Map.of()).entrySet()) {
                CompletenessCounts c = new CompletenessCounts(cell.getValue()[0], cell.getValue()[1], cell.getValue()[2]);
                inYear = inYear.plus(c);
                if (cell.getKey().equals(selected)) {
                    inMonth = inMonth.plus(c);
                }
            }
            rows.put(network.getKey(), new CompletenessReport.Row(network.getKey(), network.getValue()[0],
                    network.getValue()[1], inMonth, inYear));
            totalMonth = totalMonth.plus(inMonth);
            totalYear = totalYear.plus(inYear);
        }
        return new CompletenessReport(month, new ArrayList<>(rows.values()), totalMonth, totalYear);
    }

    private static long[] cell(Map<Long, Map<LocalDate, long[]>> counts, long network, LocalDate period) {
        return counts.computeIfAbsent(network, n -> new HashMap<>()).computeIfAbsent(period, p -> new long[3]);
    }

    /** January to the month, as rows (m = first day, n = first day of the next month, and the two deadlines). */
    private String monthsTable(YearMonth month, MapSqlParameterSource params) {
        StringJoiner union = new StringJoiner(" union all ");
        for (int i = 1; i <= month.getMonthValue(); i++) {
            LocalDate start = month.withMonth(i).atDay(1);
            params.addValue("m" + i, start);
            params.addValue("n" + i, start.plusMonths(1));
            params.addValue("pd" + i, Timestamp.from(deadlines.endOf(deadlines.partnerDue(start))));
            params.addValue("od" + i, Timestamp.from(deadlines.endOf(deadlines.verificationDue(start))));
            union.add("select cast(:m" + i + " as date) as m, cast(:n" + i + " as date) as n, cast(:pd" + i
                    + " as timestamp with time zone) as partner_due, cast(:od" + i
                    + " as timestamp with time zone) as own_due");
        }
        return union.toString();
    }
}
