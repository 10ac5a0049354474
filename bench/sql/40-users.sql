-- Accounts: a head and a staff member per puskesmas and a user per partner, in proportion; and the benchmark's
-- own accounts. All share the password "bench-puskesnet" (one bcrypt hash, as Spring's delegating encoder stores
-- it). The benchmark accounts:
--   bench.dkk        DKK officer (whole area)
--   bench.kapus      head of Puskesmas Sintetis 00001
--   bench.klinik     user of the first klinik pratama in that network
--   bench.submit01..16  users of the 16 benchmark clinics, whose drafts the load run submits
create temp table bench_password as
select '{bcrypt}$2a$10$3CcfUpM5557tV1bagQUfa.oocb6o.AbUwQX20CpcU4EozcK/oKBRW'::varchar as hash;

insert into app_user (username, password_hash, full_name, role, facility_id, created_at)
select u.username, p.hash, u.full_name, u.role, u.facility_id, now()
from bench_password p cross join (
    select 'kapus.' || lpad(f.id::text, 5, '0'), 'Kepala ' || f.name, 'PUSKESMAS_HEAD', f.id
    from facility f where f.type = 'PUSKESMAS'
    union all
    select 'staf.' || lpad(f.id::text, 5, '0'), 'Staf ' || f.name, 'PUSKESMAS_STAFF', f.id
    from facility f where f.type = 'PUSKESMAS'
    union all
    select 'mitra.' || lpad(f.id::text, 6, '0'), 'Pengguna ' || f.name, 'PARTNER', f.id
    from facility f where f.network_puskesmas_id is not null and f.code not like 'BENCH-%'
    union all
    select 'bench.dkk', 'Petugas DKK (benchmark)', 'DKK_OFFICER', null
    union all
    select 'bench.kapus', 'Kepala Puskesmas (benchmark)', 'PUSKESMAS_HEAD', 1
    union all
    select 'bench.klinik', 'Pengguna klinik (benchmark)', 'PARTNER',
           (select min(id) from facility where network_puskesmas_id = 1 and type = 'KLINIK_PRATAMA' and code like 'MTR-%')
    union all
    select 'bench.submit' || substr(f.code, 7), 'Pengirim laporan ' || f.name, 'PARTNER', f.id
    from facility f where f.code like 'BENCH-%'
) as u (username, full_name, role, facility_id);
