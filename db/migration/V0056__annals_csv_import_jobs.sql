-- Annals' own CSV export is imported as a job too (issue 18): a desk exports a view, works on it in a spreadsheet and
-- brings it back.
alter table import_job drop constraint import_job_format_check;
alter table import_job add constraint import_job_format_check check (format in ('ACLED', 'UCDP', 'ANNALS_CSV'));
