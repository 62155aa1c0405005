-- ===== a re-import says which events it imported before are no longer in the file (issue 18) =====
alter table import_job add column rows_missing integer;
alter table import_job add column missing text;
