package id.puskesnet.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import id.puskesnet.access.AccessScope;
import id.puskesnet.common.NotFoundException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each facility of one puskesmas network contributed to the network's figures, read from the reports
 * themselves (a network is small: the puskesmas and a few partners). Amounts count exactly as the rollups
 * count them: accepted = accepted by the DKK; verified = verified by the puskesmas, or a puskesmas's own
 * report submitted, and not yet accepted. Three statements per network.
 */
@Service
@Transactional(readOnly = true)
public class NetworkContributions {

    private static final String ACCEPTED = "r.status = 'ACCEPTED'";
    private static final String VERIFIED =
            "(r.status = 'VERIFIED' or (r.status = 'SUBMITTED' and r.facility_id = r.network_puskesmas_id))";

    private final NamedParameterJdbcTemplate jdbc;

    NetworkContributions(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The puskesmas and every partner that was in its network on the month's last day or reported for it this
     * year, with the month's report and the amounts of January to the month. The DKK sees every network, a
     * puskesmas user only their own; anything else is "not found".
     */
    public List<Contribution> of(AccessScope scope, long networkId, YearMonth month) {
        if (!scope.cityWide() && !Objects.equals(scope.puskesmasId(), networkId)) {
            throw new NotFoundException("network " + networkId);
        }
        LocalDate january = month.withMonth(1).atDay(1);
        LocalDate period = month.atDay(1);
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("network", networkId)
                .addValue("january", january).addValue("month", period).addValue("next", period.plusMonths(1));
        Map<Long, Contribution> rows = new LinkedHashMap<>();
        jdbc.query("""
                select f.id, f.code, f.name, f.type, r.id as report_id, r.status
                from (select cast(:network as bigint) as id
                      union select nm.partner_id from network_membership nm where nm.puskesmas_id = :network
                                and nm.valid_from < :next and (nm.valid_to is null or nm.valid_to >= :next)
                      union select r2.facility_id from report r2 where r2.network_puskesmas_id = :network
                                and r2.period >= :january and r2.period <= :month) member
                join facility f on f.id = member.id
                left join report r on r.facility_id = f.id and r.period = :month
                order by case when f.id = :network then 0 else 1 end, f.name""", params, rs -> {
            Long reportId = rs.getObject("report_id", Long.class);
            String status = rs.getString("status");
            rows.put(rs.getLong("id"), new Contribution(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                    rs.getString("type"), reportId,
                    status == null ? null : ReportStatus.valueOf(status), new HashMap<>(), new HashMap<>()));
        });
        jdbc.query("""
                select r.facility_id, v.element_id,
                       sum(case when %1$s then v.amount else 0 end),
                       sum(case when %2$s then v.amount else 0 end),
                       sum(case when r.period = :month and %1$s then v.amount else 0 end),
                       sum(case when r.period = :month and %2$s then v.amount else 0 end)
                from report r join report_value v on v.report_id = r.id
                where r.network_puskesmas_id = :network and r.period >= :january and r.period <= :month
                group by r.facility_id, v.element_id""".formatted(ACCEPTED, VERIFIED), params, rs -> {
            Contribution row = rows.get(rs.getLong(1));
            if (row != null) {
                row.yearToDate().put(rs.getLong(2), new long[] {rs.getLong(3), rs.getLong(4)});
                row.month().put(rs.getLong(2), new long[] {rs.getLong(5), rs.getLong(6)});
            }
        });
        return new ArrayList<>(rows.values());
    }

    /** The user's own facility's reports of the year up to the month, oldest first, with their counts. */
    public List<MonthReport> ownYear(AccessScope scope, YearMonth month) {
        if (scope.facilityId() == null) {
            throw new NotFoundException("no own facility");
        }
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("facility", scope.facilityId())
                .addValue("january", month.withMonth(1).atDay(1)).addValue("month", month.atDay(1));
        Map<Long, MonthReport> reports = new LinkedHashMap<>();
        jdbc.query("""
                select r.id, r.period, r.status, v.element_id, v.amount
                from report r left join report_value v on v.report_id = r.id
                where r.facility_id = :facility and r.period >= :january and r.period <= :month
                order by r.period""", params, rs -> {
            MonthReport report = reports.get(rs.getLong(1));
            if (report == null) {
                report = new MonthReport(rs.getLong(1), YearMonth.from(rs.getObject(2, LocalDate.class)),
                        ReportStatus.valueOf(rs.getString(3)), new HashMap<>());
                reports.put(report.reportId(), report);
            }
            long element = rs.getLong(4);
            if (!rs.wasNull()) {
                report.amounts().put(element, rs.getInt(5));
            }
        });
        return new ArrayList<>(reports.values());
    }

    /**
     * One facility's share of its network's figures.
     *
     * @param yearToDate element id → {accepted, verified not yet accepted}, January to the month
     * @param month      the same for the month alone
     */
    public record Contribution(long facilityId, String code, String name, String type, Long reportId,
                               ReportStatus status, Map<Long, long[]> yearToDate, Map<Long, long[]> month) {
    }

    /** One of the facility's monthly reports with its counts (element id → count). */
    public record MonthReport(long reportId, YearMonth month, ReportStatus status, Map<Long, Integer> amounts) {

        /** Counted in final figures. */
        public boolean accepted() {
            return status == ReportStatus.ACCEPTED;
        }
    }
}
