-- ===== annotation: team notes on events (whole event, a field, or a quoted passage), threads, inbox =====
-- Notes are never deleted (a flag), and Envers keeps every version in annotation_aud.
create table annotation (
    id                  bigserial    primary key,
    event_id            bigint       not null references timeline_event (id),
    timeline_id         bigint       not null references timeline (id),
    thread_id           bigint       references annotation (id),
    author              varchar(100) not null,
    body                text         not null check (length(body) between 1 and 10000),
    anchor_target       varchar(10)  not null check (anchor_target in ('EVENT', 'DATE', 'PLACE', 'CITATION', 'SUMMARY')),
    anchor_citation_url text,
    quote_exact         text,
    quote_prefix        text,
    quote_suffix        text,
    mentions            text[]       not null default '{}',
    visibility          varchar(10)  not null default 'TEAM' check (visibility in ('TEAM', 'PUBLIC')),
    resolved            boolean      not null default false,
    resolved_by         varchar(100),
    deleted             boolean      not null default false,
    edited              boolean      not null default false,
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null,
    version             bigint       not null default 0
);
create index annotation_event_idx on annotation (event_id, id);
create index annotation_thread_idx on annotation (thread_id);
create index annotation_open_threads_idx on annotation (timeline_id, event_id)
    where thread_id is null and not resolved and not deleted;

create table annotation_aud (
    id                  bigint   not null,
    rev                 bigint   not null references revinfo (rev),
    revtype             smallint,
    event_id            bigint,
    timeline_id         bigint,
    thread_id           bigint,
    author              varchar(100),
    body                text,
    anchor_target       varchar(10),
    anchor_citation_url text,
    quote_exact         text,
    quote_prefix        text,
    quote_suffix        text,
    mentions            text[],
    visibility          varchar(10),
    resolved            boolean,
    resolved_by         varchar(100),
    deleted             boolean,
    edited              boolean,
    created_at          timestamptz,
    updated_at          timestamptz,
    primary key (id, rev)
);

create table inbox_item (
    id            bigserial    primary key,
    username      varchar(100) not null,
    kind          varchar(20)  not null check (kind in ('MENTION', 'REPLY', 'EVENT_CHANGED')),
    event_id      bigint       not null references timeline_event (id),
    annotation_id bigint       references annotation (id),
    actor         varchar(100) not null,
    excerpt       text         not null,
    created_at    timestamptz  not null,
    read_at       timestamptz
);
create index inbox_item_user_idx on inbox_item (username, created_at desc, id desc);
create index inbox_item_unread_idx on inbox_item (username) where read_at is null;
