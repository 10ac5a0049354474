-- requires: annual_target
-- Annual targets (sasaran) per puskesmas for every year with reports, sized from the same factor as the
-- generated counts, so coverage lands around 80-95 % of target by December; the year's sheet is saved.
insert into annual_target (puskesmas_id, target_year, target_kind_id, amount)
select f.id, y, tk.id,
       round(case tk.code
           when 'HT_ESTIMASI' then 12 * 450 * (s.k + 0.6) / 0.85
           when 'DM_ESTIMASI' then 12 * 110 * (s.k + 0.6) / 0.85
           when 'TB_ESTIMASI' then 12 * 4 * (s.k + 0.6) / 0.9
           when 'TB_KONTAK_SASARAN' then 8 * 12 * 4 * (s.k + 0.6) / 0.9
           when 'GIZI_BALITA_S' then 1800 * s.k / 0.8
           else 1000 * s.k end * power(1.02, y - 2021))::int
from facility f
cross join lateral (select 0.5 + ((f.id * 2654435761) % 1000) / 1000.0 as k) s
cross join generate_series(2021, extract(year from (select this_month from bench_params))::int) y
cross join target_kind tk
where f.type = 'PUSKESMAS';

insert into target_sheet (target_year, updated_at, updated_by)
select distinct target_year, now(), 'generator' from annual_target;
