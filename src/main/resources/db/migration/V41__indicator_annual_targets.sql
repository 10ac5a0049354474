-- Annual targets (sasaran) per puskesmas, year and target kind: the denominators of coverage indicators.
create table annual_target (
    puskesmas_id   bigint  not null references facility (id),
    target_year    integer not null,
    target_kind_id bigint  not null references target_kind (id),
    amount         integer not null,
    primary key (target_year, puskesmas_id, target_kind_id),
    constraint ck_annual_target_year check (target_year between 2000 and 2100),
    constraint ck_annual_target_amount check (amount >= 0)
);
create index ix_annual_target_puskesmas on annual_target (puskesmas_id, target_year);

-- One row per year whose targets were ever saved: its version makes a save from a stale page a conflict
-- (the grid, the CSV import and "copy from last year" all change a whole year's sheet).
create table target_sheet (
    target_year integer not null primary key,
    updated_at  timestamp with time zone not null,
    updated_by  varchar(100) not null,
    version     integer not null default 0,
    constraint ck_target_sheet_year check (target_year between 2000 and 2100)
);
