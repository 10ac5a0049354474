-- The report list reads the newest month first, then by network and facility: this index gives that order
-- without sorting a month's reports (tens of thousands at national scale).
create index ix_report_period_network_facility on report (period desc, network_puskesmas_id, facility_id);
