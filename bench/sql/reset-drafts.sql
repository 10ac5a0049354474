-- Before a load run: the benchmark clinics' drafts (created_by 'bench-draft') become drafts again, so that
-- every POST of the run submits a report for real. Their audit entries from earlier runs go too.
delete from audit_event
where entity_type = 'REPORT' and entity_id in (select id from report where created_by = 'bench-draft');
update report
set status = 'DRAFT', first_submitted_at = null, submitted_at = null, submitted_by = null, version = 0
where created_by = 'bench-draft' and (status <> 'DRAFT' or version <> 0);
