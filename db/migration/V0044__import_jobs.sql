-- ===== imports as background jobs (issue 18) =====
-- An upload is kept here until its import is done, so any instance can check and import it and a restart loses
-- nothing; the job says where it is (checking, waiting for an administrator, importing, done) and how far it got.
create table import_job (
    id             bigserial primary key,
    timeline_id    bigint       not null references timeline (id),
    format         varchar(20)  not null check (format in ('ACLED')),
    file_name      varchar(300) not null,
    file_bytes     bigint       not null,
    state          varchar(12)  not null
        check (state in ('CHECKING', 'READY', 'REFUSED', 'IMPORTING', 'DONE', 'FAILED', 'DISCARDED')),
    created_by     varchar(100) not null,
    created_at     timestamptz  not null,
    confirmed_by   varchar(100),
    updated_at     timestamptz  not null,
    -- the phase under way: when it began and how many rows it has read, for the rate and the time left
    phase_started  timestamptz,
    rows_done      integer      not null default 0,
    -- what the check found
    rows_total     integer,
    rows_new       integer,
    rows_present   integer,
    rows_refused   integer,
    problems       text,
    -- what the import did, or why the file or the job failed
    events_created integer,
    error          text
);
create index import_job_recent on import_job (created_at desc);

create table import_job_file (
    job_id bigint  not null references import_job (id) on delete cascade,
    part   integer not null,
    bytes  bytea   not null,
    primary key (job_id, part)
);

-- db-scheduler's table for the import jobs alone: a scheduler picks only tasks it knows and deletes unknown ones after
-- a while, so the captures' scheduler and this one each keep their own table (as db-scheduler's author advises)
create table import_scheduled_tasks (like scheduled_tasks including all);
