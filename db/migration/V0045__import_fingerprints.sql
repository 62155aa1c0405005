-- ===== what an import last said of an event (issue 18) =====
-- The hash of the event as its import file gave it (ImportFingerprint): importing the file again tells rows that
-- changed upstream from unchanged ones, and whether editors changed the event since. Written by imports only; the
-- editors' saves leave it as it is, so it keeps meaning "what the file said". Events imported before have none.
alter table timeline_event add column import_fingerprint varchar(64);

alter table import_job add column rows_changed integer;
alter table import_job add column changes text;
alter table import_job add column events_updated integer;
alter table import_job add column events_kept integer;

-- every row a check refused, with its line and reason, for the report's CSV download (the page lists the first 50)
create table import_job_refused_row (
    job_id   bigint  not null references import_job (id) on delete cascade,
    line     integer not null,
    event_id text    not null,
    reason   text    not null,
    primary key (job_id, line)
);
