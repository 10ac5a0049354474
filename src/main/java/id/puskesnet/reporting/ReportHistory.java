package id.puskesnet.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A facility's counts in the months before a report's month, per data element, newest month first: what the
 * outlier check of a save compares with. Received reports only. Read as rows with one statement, so a save does
 * not load (and flush and dirty-check) half a year of report entities.
 */
@Component
class ReportHistory {

    static final int MONTHS = 6;

    private final JdbcTemplate jdbc;

    ReportHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, List<Integer>> before(long facilityId, LocalDate period) {
        Map<Long, List<Integer>> history = new HashMap<>();
        jdbc.query("""
                select v.element_id, v.amount from report r join report_value v on v.report_id = r.id
                where r.facility_id = ? and r.period < ? and r.period >= ? and r.first_submitted_at is not null
                order by r.period desc""", rs -> {
            history.computeIfAbsent(rs.getLong(1), e -> new ArrayList<>()).add(rs.getInt(2));
        }, facilityId, period, period.minusMonths(MONTHS));
        return history;
    }
}
