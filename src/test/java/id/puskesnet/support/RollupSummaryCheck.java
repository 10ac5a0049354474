package id.puskesnet.support;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Recomputes the city and year-to-date summaries of {@code report_rollup} from scratch and counts the rows where
 * what the application kept differs, in either direction: zero when the summaries are in step.
 */
public final class RollupSummaryCheck {

    private static final String CITY = """
            select period, element_id, sum(accepted_amount) as accepted_amount, sum(verified_amount) as verified_amount
            from report_rollup group by period, element_id""";

    private static final String YEAR_TO_DATE = """
            select g.network_puskesmas_id, g.period::date as period, g.element_id,
                   sum(coalesce(r.accepted_amount, 0)) over w as accepted_amount,
                   sum(coalesce(r.verified_amount, 0)) over w as verified_amount
            from (
                select f.network_puskesmas_id, f.element_id, f.y, p::date as period
                from (select network_puskesmas_id, element_id, date_trunc('year', period) as y, min(period) as first_period
                      from report_rollup group by network_puskesmas_id, element_id, date_trunc('year', period)) f
                cross join lateral generate_series(f.first_period, f.y + interval '11 months', interval '1 month') p
            ) g
            left join report_rollup r on r.network_puskesmas_id = g.network_puskesmas_id
                 and r.element_id = g.element_id and r.period = g.period
            window w as (partition by g.network_puskesmas_id, g.element_id, g.y order by g.period)""";

    private RollupSummaryCheck() {
    }

    /** Rows of {@code report_rollup_city} and {@code report_rollup_ytd} that a recomputation does not give, and back. */
    public static long differences(JdbcTemplate jdbc) {
        return count(jdbc, "select period, element_id, accepted_amount, verified_amount from report_rollup_city", CITY)
                + count(jdbc, """
                        select network_puskesmas_id, period, element_id, accepted_amount, verified_amount
                        from report_rollup_ytd""", YEAR_TO_DATE);
    }

    private static long count(JdbcTemplate jdbc, String kept, String recomputed) {
        Long count = jdbc.queryForObject("select (select count(*) from (" + kept + " except " + recomputed + ") a)"
                + " + (select count(*) from (" + recomputed + " except " + kept + ") b)", Long.class);
        return count == null ? 0 : count;
    }
}
