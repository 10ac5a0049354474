-- requires: report_completeness_period
-- report_completeness as the app keeps it (see CompletenessCounters): per network and month, reports expected
-- (active partners in the network on the month's last day, the active puskesmas itself, any facility that
-- reported; active puskesmas only), received (submitted at least once) and on time (first submitted before the end of the deadline
-- day). Every generated month is recorded as computed, with the app's default deadlines (partners the 5th,
-- puskesmas the 8th, days ending at midnight WITA): an app configured otherwise recomputes a month on its first read.
insert into report_completeness_period (period, partner_due, own_due)
select period,
       cast(period + interval '1 month' + interval '5 days' as timestamp) at time zone 'Asia/Makassar',
       cast(period + interval '1 month' + interval '8 days' as timestamp) at time zone 'Asia/Makassar'
from bench_month;

insert into report_completeness (network_puskesmas_id, period, expected, received, on_time)
select e.network_id, e.period, e.expected, coalesce(s.received, 0), coalesce(s.on_time, 0)
from (
    select x.network_id, x.period, count(*) as expected from (
        select nm.puskesmas_id as network_id, mo.period, nm.partner_id as facility_id
        from network_membership nm
        join facility f on f.id = nm.partner_id and f.active
        join report_completeness_period mo
          on nm.valid_from < mo.period + interval '1 month'
         and (nm.valid_to is null or nm.valid_to >= mo.period + interval '1 month')
        union
        select f.id, mo.period, f.id from facility f cross join report_completeness_period mo
        where f.type = 'PUSKESMAS' and f.active
        union
        select r.network_puskesmas_id, r.period, r.facility_id from report r
        join report_completeness_period mo on mo.period = r.period
        where r.first_submitted_at is not null
    ) x group by x.network_id, x.period
) e
join facility n on n.id = e.network_id and n.type = 'PUSKESMAS' and n.active
left join (
    select r.network_puskesmas_id as network_id, r.period, count(*) as received,
           sum(case when r.first_submitted_at < case when r.facility_id = r.network_puskesmas_id
                                                   then mo.own_due else mo.partner_due end
                    then 1 else 0 end) as on_time
    from report r join report_completeness_period mo on mo.period = r.period
    where r.first_submitted_at is not null
    group by r.network_puskesmas_id, r.period
) s on s.network_id = e.network_id and s.period = e.period;

-- The city's sums per month (report_completeness_total).
delete from report_completeness_total;
insert into report_completeness_total (period, expected, received, on_time)
select m.period, coalesce(sum(c.expected), 0), coalesce(sum(c.received), 0), coalesce(sum(c.on_time), 0)
from report_completeness_period m left join report_completeness c on c.period = m.period
group by m.period;
