package id.puskesnet.reporting;

import id.puskesnet.common.FigureSources;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rebuilds the city and year-to-date summaries of {@code report_rollup} from it, for data loaded in bulk
 * (the demo data) instead of through report status changes, which keep them in step by themselves.
 */
@Service
public class RollupSummaries {

    private final JdbcTemplate jdbc;
    private final FigureSources sources;

    RollupSummaries(JdbcTemplate jdbc, FigureSources sources) {
        this.jdbc = jdbc;
        this.sources = sources;
    }

    @Transactional
    public void rebuild() {
        sources.changed();
        jdbc.update("delete from report_rollup_city");
        jdbc.update("delete from report_rollup_ytd");
        jdbc.update("""
                insert into report_rollup_city (period, element_id, accepted_amount, verified_amount)
                select period, element_id, sum(accepted_amount), sum(verified_amount)
                from report_rollup
                group by period, element_id""");
        jdbc.update("""
                insert into report_rollup_ytd (network_puskesmas_id, period, element_id, accepted_amount, verified_amount)
                select g.network_puskesmas_id, g.period, g.element_id,
                       sum(coalesce(r.accepted_amount, 0)) over (partition by g.network_puskesmas_id, g.element_id, g.y order by g.period),
                       sum(coalesce(r.verified_amount, 0)) over (partition by g.network_puskesmas_id, g.element_id, g.y order by g.period)
                from (
                    select f.network_puskesmas_id, f.element_id, f.y,
                           cast(cast(f.y as varchar) || '-' || lpad(cast(m.n as varchar), 2, '0') || '-01' as date) as period
                    from (
                        select network_puskesmas_id, element_id, cast(extract(year from period) as int) as y,
                               min(cast(extract(month from period) as int)) as first_month
                        from report_rollup
                        group by network_puskesmas_id, element_id, cast(extract(year from period) as int)
                    ) f
                    join (values (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12)) as m (n) on m.n >= f.first_month
                ) g
                left join report_rollup r
                       on r.network_puskesmas_id = g.network_puskesmas_id and r.element_id = g.element_id and r.period = g.period""");
    }
}
