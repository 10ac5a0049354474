-- report_rollup as the app keeps it: per network, month and element, the sums of accepted reports and of
-- verified ones (for a puskesmas's own report: submitted). Only groups with a contributing report get a row.
insert into report_rollup (network_puskesmas_id, period, element_id, accepted_amount, verified_amount)
select r.network_puskesmas_id, r.period, v.element_id,
       sum(case when r.status = 'ACCEPTED' then v.amount else 0 end),
       sum(case when r.status = 'ACCEPTED' then 0 else v.amount end)
from report r
join report_value v on v.report_id = r.id
where r.status in ('ACCEPTED', 'VERIFIED') or (r.status = 'SUBMITTED' and r.facility_id = r.network_puskesmas_id)
group by r.network_puskesmas_id, r.period, v.element_id;
