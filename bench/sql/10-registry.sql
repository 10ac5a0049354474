-- The registry: kota, kecamatan, kelurahan, puskesmas (ids 1..P), partner clinics and TPMD (ids P+1..P+Q),
-- 16 benchmark clinics that submit during the load run, network memberships, population, institutions.
-- Names and codes are synthetic ("Puskesmas Sintetis 00042") so nobody mistakes them for real facilities.

insert into kota (id, code, name, province)
select k, 'BK' || lpad(k::text, 4, '0'), 'Kota Sintetis ' || lpad(k::text, 4, '0'), 'Provinsi Sintetis'
from bench_params b cross join generate_series(1, b.kota) k;

insert into kecamatan (id, kota_id, code, name)
select c, 1 + (c - 1) * b.kota / b.kecamatan, 'BC' || lpad(c::text, 5, '0'),
       'Kecamatan Sintetis ' || lpad(c::text, 5, '0')
from bench_params b cross join generate_series(1, b.kecamatan) c;

-- Puskesmas p lies in kecamatan 1 + (p - 1) * K / P; kelurahan l is served by puskesmas 1 + (l - 1) % P
-- and lies in that puskesmas's kecamatan, so every puskesmas serves one or two kelurahan.
insert into kelurahan (id, kecamatan_id, code, name)
select l, 1 + ((l - 1) % b.puskesmas) * b.kecamatan / b.puskesmas, 'BL' || lpad(l::text, 6, '0'),
       'Kelurahan Sintetis ' || lpad(l::text, 6, '0')
from bench_params b cross join generate_series(1, b.kelurahan) l;

insert into facility (id, type, code, name, kecamatan_id, kelurahan_id, network_puskesmas_id, address, phone,
                      head_name, open_24h, ilp_status, ilp_since, active, created_at, blud, latitude, longitude)
select p, 'PUSKESMAS', 'PKM-' || lpad(p::text, 5, '0'), 'Puskesmas Sintetis ' || lpad(p::text, 5, '0'),
       1 + (p - 1) * b.kecamatan / b.puskesmas, p, null, 'Jl. Sintetis No. ' || p, '0542-' || lpad(p::text, 6, '0'),
       'Kepala Sintetis ' || p, p % 5 = 0, case when p % 10 = 0 then 'TERLAKSANA' when p % 10 = 1 then 'UJI_COBA' else 'BELUM' end,
       case when p % 10 in (0, 1) then date '2024-01-01' end, true, timestamp with time zone '2019-01-01 00:00:00+08',
       p % 3 = 0, -1.25 + (p % 100) / 1000.0, 116.85 + (p % 97) / 1000.0
from bench_params b cross join generate_series(1, b.puskesmas) p;

-- Partners: partner q belongs to puskesmas 1 + (q - 1) % P; the first, third, ... partner of each network is a
-- klinik pratama, the others TPMD.
-- The 16 benchmark clinics come last, in the networks of the first puskesmas.
insert into facility (id, type, code, name, kecamatan_id, kelurahan_id, network_puskesmas_id, address, phone,
                      head_name, active, created_at, licence_number, licence_expiry, contact_person, contact_phone,
                      joined_on)
select b.puskesmas + q,
       case when q > b.partners or ((q - 1) / b.puskesmas) % 2 = 0 then 'KLINIK_PRATAMA' else 'TPMD' end,
       case when q > b.partners then 'BENCH-' || lpad((q - b.partners)::text, 2, '0')
            else 'MTR-' || lpad(q::text, 6, '0') end,
       case when q > b.partners then 'Klinik Benchmark ' || lpad((q - b.partners)::text, 2, '0')
            when ((q - 1) / b.puskesmas) % 2 = 0 then 'Klinik Pratama Sintetis ' || lpad(q::text, 6, '0')
            else 'Praktik dr. Sintetis ' || lpad(q::text, 6, '0') end,
       pk.kecamatan_id, pk.kelurahan_id, pk.id, 'Jl. Mitra Sintetis No. ' || q, '0812' || lpad(q::text, 8, '0'),
       'dr. Sintetis ' || q, true, timestamp with time zone '2019-06-01 00:00:00+08',
       'IZIN-' || q, date '2027-01-01' + (q % 900), 'Kontak Sintetis ' || q, '0813' || lpad(q::text, 8, '0'),
       date '2019-06-01'
from bench_params b
cross join generate_series(1, b.partners + b.submitters) q
join facility pk on pk.id = case when q > b.partners then q - b.partners else 1 + (q - 1) % b.puskesmas end;

insert into puskesmas_kelurahan (puskesmas_id, kelurahan_id)
select 1 + (l - 1) % b.puskesmas, l from bench_params b cross join generate_series(1, b.kelurahan) l;

insert into network_membership (partner_id, puskesmas_id, valid_from)
select id, network_puskesmas_id, joined_on from facility where network_puskesmas_id is not null;

-- Population served: 15,000 to 45,000, growing 1.5 % a year.
insert into puskesmas_population (puskesmas_id, census_year, population)
select f.id, y, round((15000 + (f.id * 7919) % 30000) * power(1.015, y - 2021))::int
from facility f cross join generate_series(2021, extract(year from (select this_month from bench_params))::int) y
where f.type = 'PUSKESMAS';

-- Institutions: eight per puskesmas (kecamatan, kelurahan, PKK, LPM, police, army, a school, a company) and
-- five per kota at city level (BNN, police, a school, a company, a community organisation).
insert into institution (name, sector, owner_puskesmas_id, kecamatan_id, address, contact_person, phone, active, created_at)
select s.label || ' ' || f.name, s.sector, f.id, f.kecamatan_id, 'Jl. Institusi Sintetis No. ' || f.id,
       'Kontak ' || s.label, '0542-7' || lpad(f.id::text, 6, '0'), true, timestamp with time zone '2020-01-01 00:00:00+08'
from facility f
cross join (values ('Kantor Kecamatan', 'KECAMATAN'), ('Kantor Kelurahan', 'KELURAHAN'), ('PKK', 'PKK'),
                   ('LPM', 'LPM'), ('Polsek', 'KEPOLISIAN'), ('Koramil', 'TNI'), ('SD Negeri', 'SEKOLAH'),
                   ('PT Mitra', 'PERUSAHAAN')) as s (label, sector)
where f.type = 'PUSKESMAS';

insert into institution (name, sector, owner_puskesmas_id, kecamatan_id, address, contact_person, phone, active, created_at)
select s.label || ' ' || k.name, s.sector, null, null, 'Jl. Kota Sintetis No. ' || k.id, 'Kontak ' || s.label,
       '0542-8' || lpad(k.id::text, 6, '0'), true, timestamp with time zone '2020-01-01 00:00:00+08'
from kota k
cross join (values ('BNN', 'BNN'), ('Polres', 'KEPOLISIAN'), ('SMA Negeri', 'SEKOLAH'), ('PT Kota', 'PERUSAHAAN'),
                   ('Yayasan Sehat', 'ORGANISASI_MASYARAKAT')) as s (label, sector);
