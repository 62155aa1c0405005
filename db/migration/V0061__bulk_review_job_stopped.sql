-- issue 18: a bulk review job can be stopped by whoever started it (or an administrator); the events taken keep their
-- new status, the rest stay as they were
alter table bulk_review_job drop constraint bulk_review_job_state_check;
alter table bulk_review_job add constraint bulk_review_job_state_check check (state in ('RUNNING', 'DONE', 'FAILED', 'STOPPED'));
