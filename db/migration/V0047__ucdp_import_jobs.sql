-- ===== UCDP GED exports are import jobs too (issue 18) =====
alter table import_job drop constraint import_job_format_check;
alter table import_job add constraint import_job_format_check check (format in ('ACLED', 'UCDP'));
