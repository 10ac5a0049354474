-- Constraints and indexes back, identity sequences past the generated ids, statistics for the planner.
do $$ begin perform pg_temp.bench_restore(); end $$;

do $$
declare
    c record;
    top bigint;
begin
    for c in select tc.relname as tbl, a.attname as col, pg_get_serial_sequence(tc.relname, a.attname) as seq
             from pg_class tc
             join pg_namespace ns on ns.oid = tc.relnamespace and ns.nspname = 'public'
             join pg_attribute a on a.attrelid = tc.oid and a.attidentity <> ''
             where tc.relkind = 'r'
    loop
        execute format('select max(%I) from %I', c.col, c.tbl) into top;
        if top is not null then
            perform setval(c.seq, top);
        end if;
    end loop;
end $$;
