-- ===== timeline: the four-eyes rule is on unless a timeline turns it off =====
alter table timeline add column four_eyes boolean not null default true;
alter table timeline_aud add column four_eyes boolean;

-- ===== event: who last wrote the working copy, who submitted it, what the reviewer said =====
alter table timeline_event add column last_edited_by varchar(100);
alter table timeline_event add column submitted_by varchar(100);
alter table timeline_event add column review_comment text;
alter table timeline_event_aud add column last_edited_by varchar(100);
alter table timeline_event_aud add column submitted_by varchar(100);
alter table timeline_event_aud add column review_comment text;
update timeline_event set last_edited_by = 'system';

-- ===== reader: what readers see. Written only when a reviewer approves (or an import publishes), so a working
-- copy being corrected never shows; every public surface reads this table and nothing else =====
create table published_event (
    event_id        bigint       primary key references timeline_event (id),
    timeline_id     bigint       not null references timeline (id),
    slug            varchar(80)  not null,
    start_earliest  date         not null,
    start_latest    date         not null,
    span            daterange    not null,
    types           text[]       not null,
    actor_names     text[]       not null,
    document        jsonb        not null,
    search          tsvector     not null,
    retracted       boolean      not null default false,
    correction_note text,
    published_at    timestamptz  not null,
    published_by    varchar(100) not null,
    unique (timeline_id, slug)
);
create index published_event_order_idx on published_event (timeline_id, start_earliest, start_latest, event_id);
create index published_event_span_idx on published_event using gist (span);
create index published_event_search_idx on published_event using gin (search);
create index published_event_types_idx on published_event using gin (types);
create index published_event_actors_idx on published_event using gin (actor_names);

-- Retractions and substantive corrections, listed publicly per timeline.
create table correction (
    id          bigserial    primary key,
    timeline_id bigint       not null references timeline (id),
    event_id    bigint       not null references timeline_event (id),
    kind        varchar(12)  not null check (kind in ('CORRECTION', 'RETRACTION')),
    note        text         not null,
    made_at     timestamptz  not null,
    made_by     varchar(100) not null
);
create index correction_timeline_idx on correction (timeline_id, made_at desc);
