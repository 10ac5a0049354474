-- requires: mou
-- MoUs in proportion: per puskesmas a police agreement for 2022-2023 (expired), its renewal for 2024-2026
-- (running; every 10th one ends within a month), and an open-ended one with its school; per kota one of the
-- DKK with BNN. Programs TB (police, BNN) and gizi (school); a collaboration log entry per quarter of each
-- running agreement. No signed documents (their PDFs are not what the benchmark measures).
insert into mou (id, number, title, owner_puskesmas_id, scope, signed_on, starts_on, ends_on, open_ended, renews_mou_id,
                 created_at)
select 3 * f.id - 2 + x.n, x.prefix || '/' || f.code || '/' || extract(year from x.starts_on),
       x.title || ' ' || f.name, f.id, x.scope, x.starts_on - 14, x.starts_on,
       case when x.n = 1 and f.id % 10 = 0 then cast(date_trunc('month', now()) + interval '1 month' as date)
            else x.ends_on end,
       x.ends_on is null, case when x.n = 1 then 3 * f.id - 2 end, x.starts_on - 14
from facility f
cross join (values
    (0, 'PKS-POL', 'Kerja sama penjaringan TB dengan Polsek', 'Penjaringan terduga TB di tahanan dan keluarga anggota (data sintetis)',
     date '2022-01-01', date '2023-12-31'),
    (1, 'PKS-POL', 'Perpanjangan kerja sama penjaringan TB dengan Polsek', 'Penjaringan terduga TB di tahanan dan keluarga anggota (data sintetis)',
     date '2024-01-01', date '2026-12-31'),
    (2, 'MOU-SD', 'Pemeriksaan kesehatan dan gizi anak sekolah', 'Penjaringan kesehatan dan pemantauan gizi siswa (data sintetis)',
     date '2025-07-01', null)
) as x (n, prefix, title, scope, starts_on, ends_on)
where f.type = 'PUSKESMAS';

insert into mou (id, number, title, owner_puskesmas_id, scope, signed_on, starts_on, ends_on, open_ended, created_at)
select 3 * b.puskesmas + k.id, 'MOU-BNN/' || k.code || '/2024', 'Konseling adiksi bersama BNN ' || k.name, null,
       'Konseling berhenti merokok dan adiksi narkotika di puskesmas (data sintetis)', date '2024-02-15',
       date '2024-03-01', date '2027-02-28', false, date '2024-02-15'
from kota k cross join bench_params b;

-- Renewed: a signed renewal that still stands replaces the MoU (the app keeps the flag on every renewal, edit and
-- termination; here the old police agreements).
update mou set renewed = true
where exists (select 1 from mou r where r.renews_mou_id = mou.id and r.signed_on is not null and r.terminated_on is null);

insert into mou_institution (mou_id, institution_id)
select m.id, i.id
from mou m
join institution i on i.owner_puskesmas_id = m.owner_puskesmas_id
                  and i.sector = case when m.number like 'MOU-SD%' then 'SEKOLAH' else 'KEPOLISIAN' end;

insert into mou_institution (mou_id, institution_id)
select m.id, i.id
from mou m
join kota k on m.number = 'MOU-BNN/' || k.code || '/2024'
join institution i on i.owner_puskesmas_id is null and i.sector = 'BNN' and i.name = 'BNN ' || k.name;

insert into mou_program (mou_id, program_id)
select m.id, p.id from mou m join program p on p.code = case when m.number like 'MOU-SD%' then 'GIZI' else 'TB' end;

insert into mou_log_entry (mou_id, happened_on, description, quantity, unit, created_at)
select m.id, cast(q as date) + 20, 'Kegiatan bersama triwulan (data sintetis)', 5 + (m.id + extract(month from q)::int) % 20,
       'orang', cast(q as date) + 21
from mou m
cross join generate_series(timestamp '2022-01-01', now() - interval '1 month', interval '3 months') q
where cast(q as date) >= m.starts_on and (m.ends_on is null or cast(q as date) <= m.ends_on);
