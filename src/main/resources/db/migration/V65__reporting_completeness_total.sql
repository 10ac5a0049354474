-- The city's completeness counts per month, the sum of every network's row of report_completeness: the DKK's pages
-- read one row per month instead of adding up every network's. CompletenessCounters changes it with the cells, in
-- the same transaction.

-- Only active puskesmas have rows from now on (the pages never showed the others), so the city's sum needs no join.
delete from report_completeness
where network_puskesmas_id not in (select p.id from facility p where p.type = 'PUSKESMAS' and p.active);

create table report_completeness_total (
    period   date   primary key,
    expected bigint not null,
    received bigint not null,
    on_time  bigint not null
);

insert into report_completeness_total (period, expected, received, on_time)
select m.period, coalesce(sum(c.expected), 0), coalesce(sum(c.received), 0), coalesce(sum(c.on_time), 0)
from report_completeness_period m
left join report_completeness c on c.period = m.period
group by m.period;
