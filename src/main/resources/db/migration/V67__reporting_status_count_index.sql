-- The awaiting-acceptance count (verified partner reports, submitted puskesmas reports) compares a report's facility
-- with its network: with both in the index the count reads the index alone instead of a table page per report.
create index ix_report_status_facility_network on report (status, facility_id, network_puskesmas_id);
drop index ix_report_status;
