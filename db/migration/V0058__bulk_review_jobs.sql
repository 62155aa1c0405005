-- ===== a whole filtered list submitted or approved in the background (issue 18: bulk review of an import) =====
-- The events are chosen when the job starts (the ids the grid's filters listed, in the status the step is for) and
-- taken one by one through the same review steps as a single approval; "position" is how far it got, so a job whose
-- instance stopped goes on from there (each event's step is its own transaction, and a step done twice is refused as
-- "not in review" rather than done again).
create table bulk_review_job (
    id           bigserial primary key,
    timeline_id  bigint       not null references timeline (id),
    step         varchar(10)  not null check (step in ('SUBMIT', 'APPROVE')),
    -- the submission's message or the correction note, as a single step takes it
    step_text    text,
    requested_by varchar(100) not null,
    -- the roles the person had when they started it: the job acts with them (the timeline's own roles are read live)
    roles        text[]       not null,
    state        varchar(10)  not null check (state in ('RUNNING', 'DONE', 'FAILED')),
    event_ids    bigint[]     not null,
    position     integer      not null default 0,
    changed      integer      not null default 0,
    unchanged    integer      not null default 0,
    refused      integer      not null default 0,
    -- the first refusals and events left as they were, each with its reason (all are counted)
    outcomes     jsonb        not null default '[]',
    error        text,
    created_at   timestamptz  not null,
    updated_at   timestamptz  not null,
    finished_at  timestamptz
);
create index bulk_review_job_recent on bulk_review_job (timeline_id, created_at desc);

create table review_scheduled_tasks (like scheduled_tasks including all);
