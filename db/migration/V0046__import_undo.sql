-- ===== undoing an import while its events are untouched drafts (issue 18) =====
-- The job keeps the revision its events were added in (how they are found again) and, once undone, who undid it and
-- how many events went.
alter table import_job drop constraint import_job_state_check;
alter table import_job add constraint import_job_state_check
    check (state in ('CHECKING', 'READY', 'REFUSED', 'IMPORTING', 'DONE', 'FAILED', 'DISCARDED', 'UNDONE'));
alter table import_job add column revision bigint;
alter table import_job add column undone_by varchar(100);
alter table import_job add column events_removed integer;
