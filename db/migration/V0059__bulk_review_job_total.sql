-- A bulk review job's size kept beside its events (read every second by those watching it, without reading the
-- whole array of ids), and at most one job per step per timeline running: two quick clicks make one job, not two.
alter table bulk_review_job add column total integer;
update bulk_review_job set total = cardinality(event_ids);
alter table bulk_review_job alter column total set not null;
create unique index bulk_review_job_one_running on bulk_review_job (timeline_id, step) where state = 'RUNNING';
