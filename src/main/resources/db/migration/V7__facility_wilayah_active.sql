-- Kecamatan and kelurahan that facilities refer to are never deleted: they are deactivated instead,
-- which hides them from the facility forms' choices.
alter table kecamatan add column active boolean not null default true;
alter table kelurahan add column active boolean not null default true;
