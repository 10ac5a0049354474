-- requires: forum
-- Forums in proportion: per puskesmas a cross-sector minilok every quarter of the five years (kecamatan,
-- kelurahan, PKK and police attend; three follow-ups each, the older ones done, the last year's open or in
-- progress, a few overdue) and a monthly internal lokakarya mini in the last twelve months.
create temp table bench_forum as
select (f.id - 1) * 32 + n as id, f.id as puskesmas_id, n,
       case when n <= 20 then 'LINTAS_SEKTOR_TRIWULAN' else 'LOKMIN_BULANAN' end as type,
       case when n <= 20 then cast(date '2022-01-20' + make_interval(months => 3 * (n - 1)) as date)
            else cast(b.this_month - make_interval(months => 33 - n) + interval '9 days' as date) end as held_on
from facility f cross join bench_params b cross join generate_series(1, 32) n
where f.type = 'PUSKESMAS';

insert into forum (id, puskesmas_id, type, held_on, place, chair, notes, created_at, updated_at)
select id, puskesmas_id, type, held_on, 'Aula puskesmas', 'Kepala puskesmas', 'Notulen sintetis', held_on, held_on
from bench_forum;

insert into forum_attendee (forum_id, sort_order, kind, institution_id, institution_name, sector, person_name, job_title)
select fo.id, a.sort_order, 'INSTITUTION', i.id, i.name, i.sector, 'Perwakilan ' || i.sector, 'Utusan'
from bench_forum fo
cross join (values (1, 'KECAMATAN'), (2, 'KELURAHAN'), (3, 'PKK'), (4, 'KEPOLISIAN')) as a (sort_order, sector)
join institution i on i.owner_puskesmas_id = fo.puskesmas_id and i.sector = a.sector
where fo.type = 'LINTAS_SEKTOR_TRIWULAN';

insert into forum_attendee (forum_id, sort_order, kind, person_name, job_title)
select fo.id, 10 + s, 'STAFF', case s when 1 then 'Pengelola program TB' else 'Bidan koordinator' end, 'Staf puskesmas'
from bench_forum fo cross join generate_series(1, 2) s;

insert into forum_agenda_item (forum_id, sort_order, program_id, topic, discussion)
select fo.id, a.sort_order, p.id, a.topic, 'Pembahasan sintetis'
from bench_forum fo
cross join (values (1, 'TB', 'Investigasi kontak TB di RT dengan kasus terbanyak'),
                   (2, 'GIZI', 'Partisipasi penimbangan (D/S) di posyandu')) as a (sort_order, program_code, topic)
join program p on p.code = a.program_code;

insert into forum_follow_up (forum_id, puskesmas_id, sort_order, what, responsible_kind, institution_id, institution_name, sector,
                             responsible_person, due_date, program_id, status, closed_on, evidence, created_at)
select fo.id, fo.puskesmas_id, u.sort_order, u.what, 'INSTITUTION', i.id, i.name, i.sector, 'Penanggung jawab ' || i.sector,
       cast(fo.held_on + interval '2 months' as date), p.id,
       case when fo.held_on < now() - interval '12 months' then 'DONE'
            when (fo.id + u.sort_order) % 3 = 0 then 'IN_PROGRESS' else 'OPEN' end,
       case when fo.held_on < now() - interval '12 months' then cast(fo.held_on + interval '50 days' as date) end,
       case when fo.held_on < now() - interval '12 months' then 'Laporan kegiatan (sintetis)' end,
       fo.held_on
from bench_forum fo
cross join (values (1, 'KELURAHAN', 'TB', 'Pendataan kontak serumah kasus TB'),
                   (2, 'PKK', 'GIZI', 'Penggerakan ibu balita ke posyandu'),
                   (3, 'KECAMATAN', 'TB', 'Surat edaran penjaringan TB di sekolah')) as u (sort_order, sector, program_code, what)
join institution i on i.owner_puskesmas_id = fo.puskesmas_id and i.sector = u.sector
join program p on p.code = u.program_code
where fo.type = 'LINTAS_SEKTOR_TRIWULAN';

drop table bench_forum;
