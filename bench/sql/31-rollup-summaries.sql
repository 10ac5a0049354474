-- requires: report_rollup_ytd
-- The city and year-to-date summaries of report_rollup, as the app keeps them (see ReportRollups and
-- RollupSummaries): the city per month and element, and per network and element January to each month from
-- the first month of the year with a row through December.
insert into report_rollup_city (period, element_id, accepted_amount, verified_amount)
select period, element_id, sum(accepted_amount), sum(verified_amount)
from report_rollup
group by period, element_id;

insert into report_rollup_ytd (network_puskesmas_id, period, element_id, accepted_amount, verified_amount)
select g.network_puskesmas_id, g.period, g.element_id,
       sum(coalesce(r.accepted_amount, 0)) over w,
       sum(coalesce(r.verified_amount, 0)) over w
from (
    select f.network_puskesmas_id, f.element_id, f.y, p::date as period
    from (
        select network_puskesmas_id, element_id, date_trunc('year', period) as y, min(period) as first_period
        from report_rollup
        group by network_puskesmas_id, element_id, date_trunc('year', period)
    ) f
    cross join lateral generate_series(f.first_period, f.y + interval '11 months', interval '1 month') p
) g
left join report_rollup r
       on r.network_puskesmas_id = g.network_puskesmas_id and r.element_id = g.element_id and r.period = g.period
window w as (partition by g.network_puskesmas_id, g.element_id, g.y order by g.period);
