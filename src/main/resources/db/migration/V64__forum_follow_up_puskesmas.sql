-- A follow-up carries its forum's puskesmas (a forum never changes puskesmas), so the DKK's count of overdue
-- follow-ups and of the puskesmas they concern reads one index range instead of joining every forum.
alter table forum_follow_up add column puskesmas_id bigint;
update forum_follow_up u set puskesmas_id = (select f.puskesmas_id from forum f where f.id = u.forum_id);
alter table forum_follow_up alter column puskesmas_id set not null;
alter table forum_follow_up add constraint fk_forum_follow_up_puskesmas foreign key (puskesmas_id) references facility (id);
create index ix_forum_follow_up_status_due_puskesmas on forum_follow_up (status, due_date, puskesmas_id);
drop index ix_forum_follow_up_status_due;
