-- Completeness counts per network and month: reports expected, received and received on time, recomputed from
-- report, facility and network_membership in the transaction that changes them (see CompletenessCounters), so the
-- completeness page and the dashboards read one row per network and month instead of counting every facility.
create table report_completeness (
    network_puskesmas_id bigint  not null references facility (id),
    period               date    not null,
    expected             integer not null,
    received             integer not null,
    on_time              integer not null,
    primary key (network_puskesmas_id, period)
);
create index ix_report_completeness_period on report_completeness (period);

-- The months whose counts have been computed for every network, with the deadlines "on time" was counted against:
-- a month missing here, or computed with other deadlines (the setting changed), is computed on its first read.
create table report_completeness_period (
    period      date                     primary key,
    partner_due timestamp with time zone not null,
    own_due     timestamp with time zone not null
);
