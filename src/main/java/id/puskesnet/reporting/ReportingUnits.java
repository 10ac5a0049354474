package id.puskesnet.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import id.puskesnet.access.AccessScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the facts reporting needs about facilities from the registry's tables. */
@Component
class ReportingUnits {

    private static final String SELECT = """
            select f.id, f.code, f.name, f.type, coalesce(f.network_puskesmas_id, f.id) as network_id,
                   coalesce(n.name, f.name) as network_name, f.active
            from facility f left join facility n on n.id = f.network_puskesmas_id
            """;

    private final JdbcTemplate jdbc;

    ReportingUnits(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ReportingUnit> find(long id) {
        return jdbc.query(SELECT + " where f.id = ?", ReportingUnits::unit, id).stream().findFirst();
    }

    /** The facilities whose reports the user may see, puskesmas first, by name. */
    List<ReportingUnit> visibleTo(AccessScope scope) {
        String order = " order by case when f.type = 'PUSKESMAS' then 0 else 1 end, f.name";
        if (scope.cityWide()) {
            return jdbc.query(SELECT + order, ReportingUnits::unit);
        }
        if (scope.puskesmasId() != null) {
            return jdbc.query(SELECT + " where f.id = ? or f.network_puskesmas_id = ?" + order, ReportingUnits::unit,
                    scope.puskesmasId(), scope.puskesmasId());
        }
        return jdbc.query(SELECT + " where f.id = ?", ReportingUnits::unit, scope.facilityId());
    }

    /** The puskesmas by name, for filters: at most {@code limit}. */
    List<ReportingUnit> puskesmas(int limit) {
        return jdbc.query(SELECT + " where f.type = 'PUSKESMAS' order by f.name limit ?", ReportingUnits::unit, limit);
    }

    /** Whether there are more than {@code limit} puskesmas (counting no further). */
    boolean puskesmasMoreThan(int limit) {
        // The limit as an argument: a prepared statement, kept prepared on the connection, for every report list.
        Integer count = jdbc.queryForObject("select count(*) from (select 1 from facility f where f.type = 'PUSKESMAS'"
                + " limit ?) capped", Integer.class, limit + 1);
        return count != null && count > limit;
    }

    /** Whether the user may see the reports of more than {@code limit} facilities (counting no further). */
    boolean visibleMoreThan(AccessScope scope, int limit) {
        String where = scope.cityWide() ? "" : " where f.id = ? or f.network_puskesmas_id = ?";
        Object[] args = scope.cityWide() ? new Object[] {limit + 1}
                : new Object[] {scope.facilityId(), scope.puskesmasId() == null ? scope.facilityId() : scope.puskesmasId(),
                        limit + 1};
        Integer count = jdbc.queryForObject("select count(*) from (select 1 from facility f" + where + " limit ?) capped",
                Integer.class, args);
        return count != null && count > limit;
    }

    Optional<ReportingUnit> findByCode(String code) {
        return jdbc.query(SELECT + " where f.code = ?", ReportingUnits::unit, code).stream().findFirst();
    }

    /**
     * The network a report for the given month belongs to: the partner's membership on the month's last day,
     * else its current network; a puskesmas is its own network.
     */
    long networkFor(ReportingUnit unit, LocalDate period) {
        if (unit.puskesmas()) {
            return unit.id();
        }
        LocalDate nextMonth = period.plusMonths(1);
        List<Long> ids = jdbc.queryForList("""
                select puskesmas_id from network_membership
                where partner_id = ? and valid_from < ? and (valid_to is null or valid_to >= ?)
                order by valid_from desc""", Long.class, unit.id(), nextMonth, nextMonth);
        return ids.isEmpty() ? unit.networkPuskesmasId() : ids.get(0);
    }

    String name(long id) {
        return jdbc.query("select name from facility where id = ?", (rs, n) -> rs.getString(1), id)
                .stream().findFirst().orElse("#" + id);
    }

    private static ReportingUnit unit(ResultSet rs, int row) throws SQLException {
        return new ReportingUnit(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getString("type"),
                rs.getLong("network_id"), rs.getString("network_name"), rs.getBoolean("active"));
    }
}
