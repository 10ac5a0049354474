-- The dashboards' target totals per kind of a year are one range of this index (amounts as a key column: H2 has no
-- INCLUDE), without reading the table or joining every puskesmas.
create index ix_annual_target_year_kind_amount on annual_target (target_year, target_kind_id, amount);
