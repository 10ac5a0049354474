-- PostgreSQL only (db/vendor/postgresql): room on every page of the report tables for the new version of a row.
-- A submission rewrites its report row and its values; with free space on the same page PostgreSQL writes the
-- new version there and, where no indexed column changed (the values' amounts, a draft's save), touches no index
-- (a "HOT" update). Full pages sent every changed value to a new page with a new entry in both of its indexes.
-- Pages written from now on keep 10 % free; existing ones when the table is next rewritten.
alter table report_value set (fillfactor = 90);
alter table report set (fillfactor = 90);
