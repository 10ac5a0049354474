package id.puskesnet.indicator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads what figures are made of, aggregated in SQL: the reporting module's monthly rollups (sums per network,
 * month and element), the annual targets, and the puskesmas. One statement each, whatever the number of
 * puskesmas; the rollups keep the cost independent of the number of raw report values.
 */
@Component
class RollupReader {

    private final NamedParameterJdbcTemplate jdbc;

    /** For reads of every network's rows: fetched from the database a thousand rows at a time, not all at once. */
    private final NamedParameterJdbcTemplate scan;

    RollupReader(NamedParameterJdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        JdbcTemplate streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(SCAN_FETCH_SIZE);
        this.scan = new NamedParameterJdbcTemplate(streaming);
    }

    private static final int SCAN_FETCH_SIZE = 1000;

    /** Where a query looks: every puskesmas, those of one kecamatan, or one puskesmas. */
    record Area(Long kecamatanId, Long networkId) {

        static final Area CITY = new Area(null, null);

        static Area kecamatan(Long kecamatanId) {
            return new Area(kecamatanId, null);
        }

        static Area network(long networkId) {
            return new Area(null, networkId);
        }

        String filter(String networkColumn, MapSqlParameterSource params) {
            StringBuilder sql = new StringBuilder();
            if (kecamatanId != null) {
                sql.append(" and ").append(networkColumn)
                        .append(" in (select p.id from facility p where p.kecamatan_id = :kecamatan)");
                params.addValue("kecamatan", kecamatanId);
            }
            if (networkId != null) {
                sql.append(" and ").append(networkColumn).append(" = :network");
                params.addValue("network", networkId);
            }
            return sql.toString();
        }
    }

    List<NetworkInfo> networks(Area area) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        return jdbc.query("""
                select p.id, p.code, p.name, p.active, k.id as kecamatan_id, k.name as kecamatan_name
                from facility p join kecamatan k on k.id = p.kecamatan_id
                where p.type = 'PUSKESMAS'""" + area.filter("p.id", params) + " order by k.name, p.name", params,
                (rs, n) -> new NetworkInfo(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getLong("kecamatan_id"), rs.getString("kecamatan_name"), rs.getBoolean("active")));
    }

    /**
     * Per network of the given ones: January to the month, and the month alone. Both come from the year-to-date
     * summary: the month alone is its row less the previous month's (January's row is January alone).
     */
    Map<Long, Sums[]> sumsByNetwork(YearMonth month, Collection<Long> elementIds, Collection<Long> networkIds) {
        if (elementIds.isEmpty() || networkIds.isEmpty()) {
            return new HashMap<>();
        }
        NetworkSums read = new NetworkSums(List.copyOf(elementIds));
        MapSqlParameterSource params = yearToDateParams(month, elementIds).addValue("networks", networkIds);
        jdbc.query(YEAR_TO_DATE_SQL + " and y.network_puskesmas_id in (:networks)", params, rs -> {
            read.add(rs.getLong(1), rs.getObject(2, LocalDate.class).equals(month.atDay(1)), rs.getLong(3),
                    rs.getLong(4), rs.getLong(5));
        });
        return read.of(networkIds);
    }

    /**
     * The same sums for every network of the area, read in one index range (streamed, a thousand rows at a time) and
     * kept compactly (about half a kilobyte a network), for exports of thousands of networks.
     */
    NetworkSums sumsOfEveryNetwork(YearMonth month, List<Long> elementIds, Area area) {
        NetworkSums sums = new NetworkSums(elementIds);
        if (elementIds.isEmpty()) {
            return sums;
        }
        MapSqlParameterSource params = yearToDateParams(month, elementIds);
        scan.query(YEAR_TO_DATE_SQL + area.filter("y.network_puskesmas_id", params), params, rs -> {
            sums.add(rs.getLong(1), rs.getObject(2, LocalDate.class).equals(month.atDay(1)), rs.getLong(3),
                    rs.getLong(4), rs.getLong(5));
        });
        return sums;
    }

    private static final String YEAR_TO_DATE_SQL = """
            select y.network_puskesmas_id, y.period, y.element_id, y.accepted_amount, y.verified_amount
            from report_rollup_ytd y where y.period in (:periods) and y.element_id in (:elements)""";

    /** The month and, but in January, the month before it: the year-to-date rows that make both sums. */
    private static MapSqlParameterSource yearToDateParams(YearMonth month, Collection<Long> elementIds) {
        List<LocalDate> periods = month.getMonthValue() == 1 ? List.of(month.atDay(1))
                : List.of(month.atDay(1), month.minusMonths(1).atDay(1));
        return new MapSqlParameterSource("periods", periods).addValue("elements", elementIds);
    }

    /**
     * Per network of the area, the accepted numerator and denominator of the indicator that ranks them (the
     * denominator 0 when it is an annual target): January to the month from the year-to-date summary, or the month
     * alone; one row per network and element either way, kept as two numbers per network.
     */
    Map<Long, long[]> rankingAmounts(YearMonth month, IndicatorDefinition d, boolean yearToDate, Area area) {
        Map<Long, long[]> amounts = new HashMap<>();
        if (d.elementIds().isEmpty()) {
            return amounts;
        }
        Set<Long> numerator = Set.copyOf(d.numeratorElementIds());
        Set<Long> denominator = Set.copyOf(d.denominatorElementIds());
        MapSqlParameterSource params = params(month, d.elementIds());
        String table = yearToDate ? "report_rollup_ytd" : "report_rollup";
        jdbc.query("select r.network_puskesmas_id, r.element_id, r.accepted_amount from " + table
                + " r where r.period = :month and r.element_id in (:elements)"
                + area.filter("r.network_puskesmas_id", params), params, rs -> {
            long[] cell = amounts.computeIfAbsent(rs.getLong(1), n -> new long[2]);
            long element = rs.getLong(2);
            long amount = rs.getLong(3);
            if (numerator.contains(element)) {
                cell[0] += amount;
            }
            if (denominator.contains(element)) {
                cell[1] += amount;
            }
        });
        return amounts;
    }

    /** The inactive networks of the area with rollups of the elements this year or targets for it. */
    Set<Long> inactiveWithData(YearMonth month, Collection<Long> elementIds, Area area) {
        MapSqlParameterSource params = params(month, elementIds.isEmpty() ? List.of(-1L) : elementIds)
                .addValue("year", month.getYear());
        return new HashSet<>(jdbc.queryForList("""
                select p.id from facility p
                where p.type = 'PUSKESMAS' and not p.active %s
                and (exists (select 1 from report_rollup r where r.network_puskesmas_id = p.id
                                and r.period >= :january and r.period <= :month and r.element_id in (:elements))
                     or exists (select 1 from annual_target t where t.puskesmas_id = p.id and t.target_year = :year))"""
                .formatted(area.filter("p.id", params)), params, Long.class));
    }

    /**
     * Per target kind, the area's total annual target and how many active networks have one: every target of the
     * year (an index range), less those of the few inactive puskesmas.
     */
    Map<Long, long[]> targetTotals(int year, Area area) {
        MapSqlParameterSource params = new MapSqlParameterSource("year", year);
        String filter = area.filter("t.puskesmas_id", params);
        Map<Long, long[]> totals = new HashMap<>();
        jdbc.query("select t.target_kind_id, sum(t.amount), count(*) from annual_target t where t.target_year = :year"
                + filter + " group by t.target_kind_id", params, rs -> {
            totals.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3)});
        });
        jdbc.query("""
                select t.target_kind_id, count(*) from annual_target t where t.target_year = :year
                and t.puskesmas_id in (select p.id from facility p where p.type = 'PUSKESMAS' and not p.active)"""
                + filter + " group by t.target_kind_id", params, rs -> {
            totals.get(rs.getLong(1))[1] -= rs.getLong(2);
        });
        return totals;
    }

    /** One target kind's annual target per network of the area. */
    Map<Long, Long> targetsOfKind(int year, long kindId, Area area) {
        MapSqlParameterSource params = new MapSqlParameterSource("year", year).addValue("kind", kindId);
        Map<Long, Long> targets = new HashMap<>();
        jdbc.query("select t.puskesmas_id, t.amount from annual_target t where t.target_year = :year"
                + " and t.target_kind_id = :kind" + area.filter("t.puskesmas_id", params), params, rs -> {
            targets.put(rs.getLong(1), rs.getLong(2));
        });
        return targets;
    }

    /** Annual targets per network of the given ones and target kind. */
    Map<Long, Map<Long, Long>> targets(int year, Collection<Long> networkIds) {
        Map<Long, Map<Long, Long>> targets = new HashMap<>();
        if (networkIds.isEmpty()) {
            return targets;
        }
        MapSqlParameterSource params = new MapSqlParameterSource("year", year).addValue("networks", networkIds);
        jdbc.query("""
                select t.puskesmas_id, t.target_kind_id, t.amount from annual_target t
                where t.target_year = :year and t.puskesmas_id in (:networks)""", params, rs -> {
            targets.computeIfAbsent(rs.getLong(1), n -> new HashMap<>()).put(rs.getLong(2), rs.getLong(3));
        });
        return targets;
    }

    /** For the whole area, per month from January to the month (index 0 = January). */
    Sums[] sumsByMonth(YearMonth month, Collection<Long> elementIds, Area area) {
        Sums[] sums = new Sums[month.getMonthValue()];
        for (int i = 0; i < sums.length; i++) {
            sums[i] = new Sums();
        }
        if (elementIds.isEmpty()) {
            return sums;
        }
        MapSqlParameterSource params = params(month, elementIds);
        if (area.equals(Area.CITY)) {
            jdbc.query("""
                    select r.period, r.element_id, r.accepted_amount, r.verified_amount
                    from report_rollup_city r
                    where r.period >= :january and r.period <= :month and r.element_id in (:elements)""", params, rs -> {
                LocalDate period = rs.getObject(1, LocalDate.class);
                sums[period.getMonthValue() - 1].add(rs.getLong(2), rs.getLong(3), rs.getLong(4));
            });
            return sums;
        }
        jdbc.query("""
                select r.period, r.element_id, sum(r.accepted_amount), sum(r.verified_amount)
                from report_rollup r
                where r.period >= :january and r.period <= :month and r.element_id in (:elements)"""
                + area.filter("r.network_puskesmas_id", params) + " group by r.period, r.element_id", params, rs -> {
            LocalDate period = rs.getObject(1, LocalDate.class);
            sums[period.getMonthValue() - 1].add(rs.getLong(2), rs.getLong(3), rs.getLong(4));
        });
        return sums;
    }

    /** Annual targets per network and target kind. */
    Map<Long, Map<Long, Long>> targets(int year, Area area) {
        MapSqlParameterSource params = new MapSqlParameterSource("year", year);
        Map<Long, Map<Long, Long>> targets = new HashMap<>();
        jdbc.query("select t.puskesmas_id, t.target_kind_id, t.amount from annual_target t where t.target_year = :year"
                + area.filter("t.puskesmas_id", params), params, rs -> {
            targets.computeIfAbsent(rs.getLong(1), n -> new HashMap<>()).put(rs.getLong(2), rs.getLong(3));
        });
        return targets;
    }

    private static MapSqlParameterSource params(YearMonth month, Collection<Long> elementIds) {
        return new MapSqlParameterSource()
                .addValue("january", month.withMonth(1).atDay(1))
                .addValue("month", month.atDay(1))
                .addValue("elements", elementIds);
    }
}
