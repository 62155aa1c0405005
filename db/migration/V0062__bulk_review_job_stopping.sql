-- issue 18: a stop asked for is STOPPING until the run under way has recorded the events it was taking, so the counts
-- a stopped job shows are exact
alter table bulk_review_job drop constraint bulk_review_job_state_check;
alter table bulk_review_job add constraint bulk_review_job_state_check
    check (state in ('RUNNING', 'STOPPING', 'DONE', 'FAILED', 'STOPPED'));
