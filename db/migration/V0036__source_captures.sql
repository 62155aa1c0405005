-- Persistent jobs (db-scheduler's table, as its documentation gives it for PostgreSQL): captures of cited pages run
-- here, retried with backoff, one per URL across every instance, and survive restarts.
create table scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    state                text,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time on scheduled_tasks (priority desc, execution_time asc);

-- What a cited URL answered when it was captured (issue 17): the exchange as WARC records (gzip), the payload's
-- SHA-256, where redirects led, and the page's own title, publisher and date offered to the editor. A failed
-- attempt is kept with its reason. Keyed by URL: two timelines citing one page share its captures.
create table url_capture (
    id             bigserial primary key,
    url            varchar(2000)            not null,
    final_url      varchar(2000),
    outcome        varchar(16)              not null check (outcome in ('CAPTURED', 'FAILED')),
    http_status    int,
    content_type   varchar(200),
    payload_sha256 char(64),
    payload_bytes  bigint,
    failure        text,
    title          text,
    publisher      text,
    published_on   varchar(40),
    text_content   text,
    warc           bytea,
    captured_at    timestamp with time zone not null default now()
);
create index url_capture_url on url_capture (url, captured_at desc);
