-- Whether a signed renewal that still stands replaces the MoU (an MoU is renewed once at most). MouRegistry keeps it
-- when a renewal is made, edited or terminated, so the reminders ("ends within 90 days or has ended, and is not
-- renewed") read one index range in the order they show instead of looking for a renewal of every MoU: at national
-- scale 10,500 MoUs need attention, and the first eight were found only after an anti-join over all of them.
alter table mou add column renewed boolean not null default false;

update mou set renewed = true
where exists (select 1 from mou r where r.renews_mou_id = mou.id and r.signed_on is not null and r.terminated_on is null);

create index ix_mou_attention on mou (renewed, ends_on, id);
