-- Before a load run: the benchmark clinics' drafts (created_by 'bench-draft') become drafts again, so that
-- every POST of the run submits a report for real. Their audit entries from earlier runs go too, and the
-- completeness counts of their networks and months are recomputed (as CompletenessCounters does, against the
-- deadlines each month was computed with).
delete from audit_event
where entity_type = 'REPORT' and entity_id in (select id from report where created_by = 'bench-draft');
drop table if exists bench_reset_cell;
create temp table bench_reset_cell as
select distinct network_puskesmas_id, period from report
where created_by = 'bench-draft' and first_submitted_at is not null;
update report
set status = 'DRAFT', first_submitted_at = null, submitted_at = null, submitted_by = null, version = 0
where created_by = 'bench-draft' and (status <> 'DRAFT' or version <> 0);
do $$
begin
    if to_regclass('report_completeness') is null then
        return;
    end if;
    delete from report_completeness c using bench_reset_cell x
    where c.network_puskesmas_id = x.network_puskesmas_id and c.period = x.period;
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
            join bench_reset_cell c on c.network_puskesmas_id = nm.puskesmas_id and c.period = mo.period
            union
            select f.id, mo.period, f.id from facility f
            join bench_reset_cell c on c.network_puskesmas_id = f.id
            join report_completeness_period mo on mo.period = c.period
            where f.type = 'PUSKESMAS' and f.active
            union
            select r.network_puskesmas_id, r.period, r.facility_id from report r
            join bench_reset_cell c on c.network_puskesmas_id = r.network_puskesmas_id and c.period = r.period
            join report_completeness_period mo on mo.period = r.period
            where r.first_submitted_at is not null
        ) x group by x.network_id, x.period
    ) e
    left join (
        select r.network_puskesmas_id as network_id, r.period, count(*) as received,
               sum(case when r.first_submitted_at < case when r.facility_id = r.network_puskesmas_id
                                                       then mo.own_due else mo.partner_due end
                        then 1 else 0 end) as on_time
        from report r
        join bench_reset_cell c on c.network_puskesmas_id = r.network_puskesmas_id and c.period = r.period
        join report_completeness_period mo on mo.period = r.period
        where r.first_submitted_at is not null
        group by r.network_puskesmas_id, r.period
    ) s on s.network_id = e.network_id and s.period = e.period
    where e.network_id in (select p.id from facility p where p.type = 'PUSKESMAS' and p.active);
    -- The city's sums of the months touched, as the app keeps them.
    if to_regclass('report_completeness_total') is not null then
        update report_completeness_total t
        set expected = s.expected, received = s.received, on_time = s.on_time
        from (select c.period, sum(c.expected) as expected, sum(c.received) as received, sum(c.on_time) as on_time
              from report_completeness c where c.period in (select period from bench_reset_cell)
              group by c.period) s
        where t.period = s.period;
    end if;
end $$;
drop table bench_reset_cell;
