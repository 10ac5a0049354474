-- Two summaries of report_rollup, kept in the same transaction that changes it, so that a city-wide figure
-- and a ranking of every network read a few rows per element instead of one per network, month and element.

-- The whole city per month and element: what report_rollup adds up to over every network.
create table report_rollup_city (
    period          date   not null,
    element_id      bigint not null references data_element (id),
    accepted_amount bigint not null default 0,
    verified_amount bigint not null default 0,
    primary key (period, element_id)
);

-- Per network, month and element: January of the period's year to the period. A row exists from the first
-- month of the year in which the network has a rollup row for the element through December, so the year to
-- any month is one row.
create table report_rollup_ytd (
    network_puskesmas_id bigint not null references facility (id),
    period               date   not null,
    element_id           bigint not null references data_element (id),
    accepted_amount      bigint not null default 0,
    verified_amount      bigint not null default 0,
    primary key (network_puskesmas_id, period, element_id)
);
create index ix_report_rollup_ytd_period on report_rollup_ytd (period, element_id);

insert into report_rollup_city (period, element_id, accepted_amount, verified_amount)
select period, element_id, sum(accepted_amount), sum(verified_amount)
from report_rollup
group by period, element_id;

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
       on r.network_puskesmas_id = g.network_puskesmas_id and r.element_id = g.element_id and r.period = g.period;
