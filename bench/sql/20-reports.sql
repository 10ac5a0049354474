-- Monthly reports: every facility, every one of the 60 months, with plausible counts that pass the
-- validation rules. Older months are accepted (a few never came); the last months show the flow in progress:
-- verified, submitted, returned, drafts and missing reports. A puskesmas's own report is never "verified"
-- (it goes from submitted straight to the DKK). The benchmark clinics also get filled-in drafts for every
-- month from January 2000 to the month before the window: the load run submits them.

create temp table bench_report_status as
select f.id as facility_id, coalesce(f.network_puskesmas_id, f.id) as network_id, f.network_puskesmas_id is null as own,
       m.period, m.age,
       case
           when m.age >= 3 then case when u < 0.99 then 'ACCEPTED' end
           when m.age = 2 then case when u < 0.90 then 'ACCEPTED' when u < 0.95 then 'VERIFIED'
                                    when u < 0.96 then 'RETURNED' end
           when m.age = 1 then case when u < 0.70 then 'ACCEPTED' when u < 0.85 then 'VERIFIED'
                                    when u < 0.90 then 'SUBMITTED' when u < 0.92 then 'RETURNED' end
           else case when u < 0.20 then 'ACCEPTED' when u < 0.40 then 'VERIFIED' when u < 0.65 then 'SUBMITTED'
                     when u < 0.68 then 'RETURNED' when u < 0.75 then 'DRAFT' end
       end as status,
       -- Days after the month's end: mostly before the 5th, some late.
       cast(case when u2 < 0.85 then 1 + floor(u2 * 4.5) else 5 + floor((u2 - 0.85) * 60) end as int) as submit_day
from (select f.*, random() as u, random() as u2 from facility f) f
cross join bench_month m;

update bench_report_status set status = 'SUBMITTED' where own and status = 'VERIFIED';
delete from bench_report_status where status is null;

insert into report (facility_id, network_puskesmas_id, period, status, created_at, created_by, updated_at,
                    first_submitted_at, submitted_at, submitted_by, verified_at, verified_by, accepted_at, accepted_by,
                    returned_at, returned_by, return_reason, version)
select s.facility_id, s.network_id, s.period, s.status, t.created, 'generator', greatest(t.created, t.decided),
       case when s.status <> 'DRAFT' then t.submitted end,
       case when s.status <> 'DRAFT' then t.submitted end,
       case when s.status <> 'DRAFT' then 'generator' end,
       case when s.status in ('VERIFIED', 'ACCEPTED') and not s.own then t.verified end,
       case when s.status in ('VERIFIED', 'ACCEPTED') and not s.own then 'generator' end,
       case when s.status = 'ACCEPTED' then t.decided end,
       case when s.status = 'ACCEPTED' then 'generator' end,
       case when s.status = 'RETURNED' then t.decided end,
       case when s.status = 'RETURNED' then 'generator' end,
       case when s.status = 'RETURNED' then 'Mohon periksa kembali angka TB (data sintetis)' end,
       case s.status when 'DRAFT' then 0 when 'SUBMITTED' then 1 when 'RETURNED' then 2 when 'VERIFIED' then 2 else 3 end
from bench_report_status s
cross join lateral (
    select least(now(), s.period + interval '1 month' + make_interval(days => s.submit_day - 1, hours => 9)) as submitted,
           least(now(), s.period + interval '1 month' + make_interval(days => s.submit_day + 1, hours => 10)) as verified,
           least(now(), s.period + interval '1 month' + make_interval(days => s.submit_day + 3, hours => 11)) as decided,
           least(now(), s.period + interval '1 month') as created
) t
order by s.period, s.facility_id;

insert into report (facility_id, network_puskesmas_id, period, status, created_at, created_by, updated_at, version)
select f.id, f.network_puskesmas_id, cast(d as date), 'DRAFT', now(), 'bench-draft', now(), 0
from facility f
cross join bench_params b
cross join generate_series(timestamp '2000-01-01', (select min(period) from bench_month) - interval '1 month',
                           interval '1 month') d
where f.code like 'BENCH-%';

drop table bench_report_status;

-- Counts. k = how big the facility is against an average puskesmas (partners are much smaller); n = this
-- month's noise and season. Derived counts never exceed what they are part of, so every rule holds:
-- examined <= presumptive, cured + completed <= started, TPT <= contacts, N <= D.
insert into report_value (report_id, element_id, amount)
select r.id, br.element_id, v.amount
from report r
join facility f on f.id = r.facility_id
cross join lateral (
    select (case f.type when 'PUSKESMAS' then 1.0 when 'KLINIK_PRATAMA' then 0.15 else 0.06 end)
               * (0.5 + ((f.id * 2654435761) % 1000) / 1000.0) as k,
           (0.85 + 0.3 * random()) * (1 + 0.1 * sin(extract(month from r.period) * pi() / 6)) + r.id * 0 as n
) s
cross join lateral (
    select round(30 * s.k * s.n)::int as terduga,
           round(4 * s.k * s.n * (0.7 + 0.6 * random()))::int as kasus,
           round(450 * s.k * s.n)::int as ht,
           round(110 * s.k * s.n)::int as dm,
           round(1800 * s.k * s.n)::int as gizi_d,
           case when random() < 0.05 then round(200 * s.k * random())::int else 0 end as ori
) a
cross join lateral (
    select floor(a.terduga * (0.8 + 0.2 * random()))::int as periksa,
           floor(a.kasus * 0.5 * random())::int as sembuh,
           round(a.kasus * 8 * (0.6 + 0.6 * random()))::int as kontak,
           floor(a.gizi_d * (0.6 + 0.2 * random()))::int as gizi_n,
           round(a.gizi_d * 0.05 * (0.5 + random()))::int as stunting
) d
cross join lateral (values
    ('TB_TERDUGA', a.terduga),
    ('TB_TERDUGA_PERIKSA', d.periksa),
    ('TB_KASUS', a.kasus),
    ('TB_MULAI_OBAT', a.kasus),
    ('TB_SEMBUH', d.sembuh),
    ('TB_LENGKAP', floor((a.kasus - d.sembuh) * (0.6 + 0.4 * random()))::int),
    ('TB_KONTAK_INVESTIGASI', d.kontak),
    ('TB_KONTAK_TPT', floor(d.kontak * (0.3 + 0.5 * random()))::int),
    ('HT_PELAYANAN', a.ht),
    ('DM_PELAYANAN', a.dm),
    ('GIZI_D', a.gizi_d),
    ('GIZI_N', d.gizi_n),
    ('GIZI_STUNTING', d.stunting),
    ('ORI_MR', a.ori)
) as v (code, amount)
join bench_reporter br on br.facility_type = f.type and br.code = v.code;
