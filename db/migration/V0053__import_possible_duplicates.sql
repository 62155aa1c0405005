-- A check counts the new rows that likely describe an event the timeline has from another source (same days with a
-- day's slack, a place within ~10 km, an actor in common) and names the first of them with that event (issue 18).
alter table import_job add column rows_duplicates integer;
alter table import_job add column duplicates text;
