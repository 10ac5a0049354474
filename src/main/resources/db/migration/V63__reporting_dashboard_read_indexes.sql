-- Indexes for what the DKK's pages read across every network.

-- The ranking reads one year-to-date row per network for the elements of the indicator it is sorted by: with the
-- amounts in the index (as key columns: H2, the embedded database, has no INCLUDE) those rows are one range of
-- the index instead of one table page each.
create index ix_report_rollup_ytd_period_covering
    on report_rollup_ytd (period, element_id, network_puskesmas_id, accepted_amount, verified_amount);
drop index ix_report_rollup_ytd_period;

-- The DKK's attention list counts the reports awaiting acceptance (verified partner reports and submitted
-- puskesmas reports) of every month: by status, not by month, so it needs an index that starts with the status.
create index ix_report_status on report (status);
