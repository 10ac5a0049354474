package id.puskesnet.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.puskesnet.access.AccessScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report list and export: reports within the user's scope, newest month first, then by network and
 * facility. The order follows an index and the count stops {@link #COUNT_AHEAD} reports past the page, so a page
 * costs the same with 27 puskesmas or 10,000.
 */
@Service
@Transactional(readOnly = true)
public class ReportList {

    /**
     * Counting stops this many reports past the page's first one: past it the list says "more than" instead of
     * reading every matching report, and the next pages stay reachable.
     */
    public static final int COUNT_AHEAD = 1_000;
    /** A facility has one report a month, so this order is total. */
    private static final String ORDER = " order by r.period desc, r.network_puskesmas_id, r.facility_id";

    private static final String FROM = """
            from report r
            join facility f on f.id = r.facility_id
            join facility n on n.id = r.network_puskesmas_id
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final ReportingDeadlines deadlines;
    private final ReportingOptions options;

    ReportList(NamedParameterJdbcTemplate jdbc, ReportingDeadlines deadlines, ReportingOptions options) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
        this.options = options;
    }

    /** The list page: a page of reports with the filter's choices, in one read-only transaction. */
    public ReportListPage page(AccessScope scope, ReportFilter filter, Pageable pageable) {
        return new ReportListPage(search(scope, filter, pageable), countLimit(pageable), options.facilityChoices(scope),
                scope.cityWide() ? options.networkChoices() : Optional.of(List.of()),
                options.ownUnitToFile(scope).isPresent());
    }

    public Page<ReportSummary> search(AccessScope scope, ReportFilter filter, Pageable pageable) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(scope, filter, params);
        Long total = jdbc.queryForObject("select count(*) from (select 1 from report r" + where + " limit "
                + (countLimit(pageable) + 1) + ") capped", params, Long.class);
        params.addValue("limit", pageable.getPageSize()).addValue("offset", pageable.getOffset());
        // The page's reports are chosen first and only they are joined to their facilities: joined before the limit,
        // PostgreSQL memoizes the facility lookups in a table sized for every report (3 ms a page at 3.5 M reports).
        List<ReportSummary> rows = jdbc.query("""
                select r.id, r.facility_id, f.name as facility_name, f.type, n.name as network_name, r.period, r.status,
                       r.first_submitted_at, r.updated_at, r.network_puskesmas_id
                from (select r.id, r.facility_id, r.network_puskesmas_id, r.period, r.status, r.first_submitted_at,
                             r.updated_at
                      from report r""" + where + ORDER + """
                 limit :limit offset :offset) r
                join facility f on f.id = r.facility_id
                join facility n on n.id = r.network_puskesmas_id
                """ + ORDER, params, this::summary);
        return new PageImpl<>(rows, pageable, total == null ? 0 : total);
    }

    /**
     * How far the count of this page goes: at least {@link #COUNT_AHEAD} past the page's first report, rounded up
     * to a multiple of it; a total above it is shown as "more than" it.
     */
    private static long countLimit(Pageable pageable) {
        long ahead = pageable.getOffset() + COUNT_AHEAD;
        return (ahead + COUNT_AHEAD - 1) / COUNT_AHEAD * COUNT_AHEAD;
    }

    /**
     * Every report matching the filter with its counts, for the CSV export: one row per report, the counts
     * keyed by element id.
     */
    public List<ExportRow> export(AccessScope scope, ReportFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(scope, filter, params);
        List<ExportRow> rows = new ArrayList<>();
        Map<Long, ExportRow> byId = new java.util.LinkedHashMap<>();
        jdbc.query("""
                select r.id, r.facility_id, f.name as facility_name, f.code as facility_code, f.type,
                       n.name as network_name, r.period, r.status, r.first_submitted_at, r.updated_at,
                       r.network_puskesmas_id
                """ + FROM + where + ORDER, params, rs -> {
            ExportRow row = new ExportRow(summary(rs, 0), rs.getString("facility_code"), new java.util.HashMap<>());
            byId.put(row.report().id(), row);
            rows.add(row);
        });
        if (!rows.isEmpty()) {
            jdbc.query("select v.report_id, v.element_id, v.amount from report_value v where v.report_id in (select r.id "
                    + FROM + where + ")", params, rs -> {
                ExportRow row = byId.get(rs.getLong(1));
                if (row != null) {
                    row.amounts().put(rs.getLong(2), rs.getInt(3));
                }
            });
        }
        return rows;
    }

    /** A report and its counts (element id → count) for the export. */
    public record ExportRow(ReportSummary report, String facilityCode, Map<Long, Integer> amounts) {
    }

    /** Conditions on the report's own columns only, so the count needs no join. */
    private static String where(AccessScope scope, ReportFilter filter, MapSqlParameterSource params) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (!scope.cityWide()) {
            if (scope.puskesmasId() != null) {
                where.append(" and r.network_puskesmas_id = :scopeNetwork");
                params.addValue("scopeNetwork", scope.puskesmasId());
            } else {
                where.append(" and r.facility_id = :scopeFacility");
                params.addValue("scopeFacility", scope.facilityId());
            }
        }
        if (filter.period() != null) {
            where.append(" and r.period = :period");
            params.addValue("period", filter.period().atDay(1));
        }
        if (filter.status() != null) {
            where.append(" and r.status = :status");
            params.addValue("status", filter.status().name());
        }
        if (filter.facilityId() != null) {
            where.append(" and r.facility_id = :facility");
            params.addValue("facility", filter.facilityId());
        }
        if (filter.networkId() != null) {
            where.append(" and r.network_puskesmas_id = :network");
            params.addValue("network", filter.networkId());
        }
        if (filter.awaiting()) {
            if (scope.cityWide()) {
                where.append(" and ((r.status = 'VERIFIED' and r.facility_id <> r.network_puskesmas_id)"
                        + " or (r.status = 'SUBMITTED' and r.facility_id = r.network_puskesmas_id))");
            } else if (scope.puskesmasId() != null) {
                where.append(" and ((r.status = 'SUBMITTED' and r.facility_id <> r.network_puskesmas_id)"
                        + " or (r.status in ('DRAFT', 'RETURNED') and r.facility_id = r.network_puskesmas_id))");
            } else {
                where.append(" and r.status in ('DRAFT', 'RETURNED')");
            }
        }
        return where.toString();
    }

    private ReportSummary summary(ResultSet rs, int row) throws SQLException {
        LocalDate period = rs.getObject("period", LocalDate.class);
        Instant firstSubmitted = instant(rs.getTimestamp("first_submitted_at"));
        boolean own = rs.getLong("facility_id") == rs.getLong("network_puskesmas_id");
        boolean onTime = firstSubmitted != null
                && firstSubmitted.isBefore(deadlines.endOf(deadlines.submissionDue(period, own)));
        return new ReportSummary(rs.getLong("id"), rs.getLong("facility_id"), rs.getString("facility_name"),
                rs.getString("type"), rs.getString("network_name"), period, ReportStatus.valueOf(rs.getString("status")),
                firstSubmitted, onTime, instant(rs.getTimestamp("updated_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
