-- ===== what an import last said of an event (issue 18) =====
-- The hash of the event as its import file gave it (ImportFingerprint): importing the file again tells rows that
-- changed upstream from unchanged ones, and whether editors changed the event since. Written by imports only; the
-- editors' saves leave it as it is, so it keeps meaning "what the file said". Events imported before have none.
alter table timeline_event add column import_fingerprint varchar(64);

alter table import_job add column rows_changed integer;
alter table import_job add column changes text;
alter table import_job add column events_updated integer;
alter table import_job add column events_kept integer;
