-- Session setup of the generator: the scale, the months, and helpers. Everything here is temporary
-- (pg_temp), so the generated database keeps exactly the schema the app's Flyway migrations made.
-- The caller sets bench.puskesmas and bench.partners (see generate.sh) before running the files in order.

set work_mem = '1GB';
set maintenance_work_mem = '512MB';
set synchronous_commit = off;

do $$
begin
    if exists (select 1 from facility) or exists (select 1 from report) then
        raise exception 'The generator needs a freshly migrated database: facility or report has rows already';
    end if;
end $$;

create temp table bench_params as
select p.puskesmas,
       p.partners,
       -- Balikpapan's proportions: 6 kecamatan and 34 kelurahan for 27 puskesmas; about one kota per 20 puskesmas.
       greatest(1, ceil(p.puskesmas * 6 / 27.0))::int as kecamatan,
       greatest(1, ceil(p.puskesmas * 34 / 27.0))::int as kelurahan,
       greatest(1, p.puskesmas / 20)::int as kota,
       16 as submitters,
       60 as months,
       -- The month the app is in (its clock is WITA); reports cover the 60 months before it.
       cast(date_trunc('month', now() at time zone 'Asia/Makassar') as date) as this_month
from (select current_setting('bench.puskesmas')::int as puskesmas,
             current_setting('bench.partners')::int as partners) p;

-- The reported months: age 0 = last month, 59 = five years ago.
create temp table bench_month as
select cast(b.this_month - make_interval(months => a) as date) as period, a - 1 as age
from bench_params b cross join generate_series(1, b.months) a;

-- Which facility types report which element (by code), from the catalogue the migrations seeded.
create temp table bench_reporter as
select r.facility_type, e.code, e.id as element_id
from data_element_reporter r join data_element e on e.id = r.element_id
where e.active;

-- Bulk loading: constraints and indexes of the big tables are dropped before the load and re-created from
-- their saved definitions afterwards (same names, same definitions), which is much faster than checking
-- foreign keys row by row and growing the indexes one row at a time.
create temp table bench_saved_ddl (seq serial, kind text, ddl text);

create function pg_temp.bench_suspend(tables text[]) returns void language plpgsql as $$
declare
    c record;
begin
    -- Foreign keys from or to these tables first, then their primary and unique keys, then plain indexes.
    for c in select con.conname, con.conrelid::regclass as tbl, pg_get_constraintdef(con.oid) as def
             from pg_constraint con
             where con.contype = 'f'
               and (con.conrelid::regclass::text = any (tables) or con.confrelid::regclass::text = any (tables))
    loop
        insert into bench_saved_ddl (kind, ddl)
        values ('fk', format('alter table %s add constraint %I %s', c.tbl, c.conname, c.def));
        execute format('alter table %s drop constraint %I', c.tbl, c.conname);
    end loop;
    for c in select con.conname, con.conrelid::regclass as tbl, pg_get_constraintdef(con.oid) as def
             from pg_constraint con
             where con.contype in ('p', 'u') and con.conrelid::regclass::text = any (tables)
    loop
        insert into bench_saved_ddl (kind, ddl)
        values ('key', format('alter table %s add constraint %I %s', c.tbl, c.conname, c.def));
        execute format('alter table %s drop constraint %I', c.tbl, c.conname);
    end loop;
    for c in select i.indexrelid::regclass as idx, pg_get_indexdef(i.indexrelid) as def
             from pg_index i
             where i.indrelid::regclass::text = any (tables)
               and not exists (select 1 from pg_constraint con where con.conindid = i.indexrelid)
    loop
        insert into bench_saved_ddl (kind, ddl) values ('index', c.def);
        execute format('drop index %s', c.idx);
    end loop;
end $$;

create function pg_temp.bench_restore() returns void language plpgsql as $$
declare
    c record;
begin
    for c in select ddl from bench_saved_ddl
             order by case kind when 'key' then 1 when 'index' then 2 else 3 end, seq
    loop
        execute c.ddl;
    end loop;
    delete from bench_saved_ddl;
end $$;

do $$ begin perform pg_temp.bench_suspend(array['report', 'report_value', 'report_rollup']); end $$;
