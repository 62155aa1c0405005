-- Annals baseline schema. Migrations are append-only: change the schema in a new V000N file.
-- Envers' revision table and *_aud tables live here too (ddl-auto=validate checks them all).

-- ===== history: one row per change set, saying who and why =====
create table revinfo (
    rev      bigserial primary key,
    revtstmp bigint       not null,
    username varchar(100),
    message  varchar(500)
);

-- ===== security: accounts with hashed passwords; readers need none =====
create table app_user (
    id            bigserial primary key,
    username      varchar(100) not null unique,
    password_hash varchar(200) not null,
    display_name  varchar(200) not null,
    roles         text[]       not null,
    enabled       boolean      not null default true,
    version       bigint       not null default 0
);

-- ===== timeline =====
create table timeline (
    id          bigserial primary key,
    slug        varchar(80)  not null unique,
    title       varchar(200) not null,
    description text,
    visibility  varchar(10)  not null check (visibility in ('PUBLIC', 'PRIVATE')),
    version     bigint       not null default 0
);
create table timeline_aud (
    id          bigint   not null,
    rev         bigint   not null references revinfo (rev),
    revtype     smallint,
    slug        varchar(80),
    title       varchar(200),
    description text,
    visibility  varchar(10),
    primary key (id, rev)
);

-- ===== actors and sources: reference data of a timeline, shared by its events =====
create table actor (
    id          bigserial primary key,
    timeline_id bigint       not null references timeline (id),
    name        varchar(200) not null,
    kind        varchar(20)  not null check (kind in ('STATE', 'ORGANISATION', 'PERSON', 'ARMED_GROUP')),
    version     bigint       not null default 0,
    unique (timeline_id, name)
);
create table actor_aud (
    id          bigint   not null,
    rev         bigint   not null references revinfo (rev),
    revtype     smallint,
    timeline_id bigint,
    name        varchar(200),
    kind        varchar(20),
    primary key (id, rev)
);

create table source (
    id           bigserial primary key,
    timeline_id  bigint        not null references timeline (id),
    url          varchar(2000) not null,
    publisher    varchar(200),
    title        varchar(500),
    published_on date,
    language     varchar(35),
    archive_url  varchar(2000),
    version      bigint        not null default 0,
    unique (timeline_id, url)
);
create table source_aud (
    id           bigint   not null,
    rev          bigint   not null references revinfo (rev),
    revtype      smallint,
    timeline_id  bigint,
    url          varchar(2000),
    publisher    varchar(200),
    title        varchar(500),
    published_on date,
    language     varchar(35),
    archive_url  varchar(2000),
    primary key (id, rev)
);

-- ===== event: the core. Dates are stored as their day window + precision, never as display text =====
create table timeline_event (
    id              bigserial primary key,
    timeline_id     bigint        not null references timeline (id),
    slug            varchar(80)   not null,
    external_ref    varchar(40),
    headline        varchar(300)  not null,
    summary         text,
    start_earliest  date          not null,
    start_latest    date          not null,
    start_precision varchar(12)   not null,
    start_nominal   date          not null,
    end_earliest    date,
    end_latest      date,
    end_precision   varchar(12),
    end_nominal     date,
    place_name      varchar(300),
    place_latitude  double precision check (place_latitude between -90 and 90),
    place_longitude double precision check (place_longitude between -180 and 180),
    place_precision varchar(12)   not null default 'NONE',
    types           text[]        not null default '{}',
    tags            text[]        not null default '{}',
    confidence      varchar(12)   not null,
    status          varchar(12)   not null check (status in ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'RETRACTED')),
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null,
    version         bigint        not null default 0,
    span            daterange generated always as
        (daterange(start_earliest, greatest(start_latest, coalesce(end_latest, start_latest)), '[]')) stored,
    search          tsvector generated always as
        (setweight(to_tsvector('english'::regconfig, coalesce(headline, '')), 'A') ||
         setweight(to_tsvector('english'::regconfig, coalesce(summary, '')), 'B')) stored,
    unique (timeline_id, slug),
    unique (timeline_id, external_ref),
    check (start_earliest <= start_nominal and start_nominal <= start_latest),
    check (end_earliest is null or (end_earliest <= end_nominal and end_nominal <= end_latest)),
    check (end_latest is null or end_latest >= start_earliest)
);
create index timeline_event_order_idx on timeline_event (timeline_id, start_earliest, start_latest, id);
create index timeline_event_span_idx on timeline_event using gist (span);
create index timeline_event_search_idx on timeline_event using gin (search);
create index timeline_event_types_idx on timeline_event using gin (types);

create table timeline_event_aud (
    id              bigint   not null,
    rev             bigint   not null references revinfo (rev),
    revtype         smallint,
    timeline_id     bigint,
    slug            varchar(80),
    external_ref    varchar(40),
    headline        varchar(300),
    summary         text,
    start_earliest  date,
    start_latest    date,
    start_precision varchar(12),
    start_nominal   date,
    end_earliest    date,
    end_latest      date,
    end_precision   varchar(12),
    end_nominal     date,
    place_name      varchar(300),
    place_latitude  double precision,
    place_longitude double precision,
    place_precision varchar(12),
    types           text[],
    tags            text[],
    confidence      varchar(12),
    status          varchar(12),
    primary key (id, rev)
);

create table event_actor (
    id       bigserial primary key,
    event_id bigint      not null references timeline_event (id) on delete cascade,
    actor_id bigint      not null references actor (id),
    role     varchar(20) not null
);
create index event_actor_event_idx on event_actor (event_id);
create index event_actor_actor_idx on event_actor (actor_id);
create table event_actor_aud (
    id       bigint   not null,
    rev      bigint   not null references revinfo (rev),
    revtype  smallint,
    event_id bigint,
    actor_id bigint,
    role     varchar(20),
    primary key (id, rev)
);

create table citation (
    id        bigserial primary key,
    event_id  bigint      not null references timeline_event (id) on delete cascade,
    source_id bigint      not null references source (id),
    quote     text,
    supports  varchar(500),
    stance    varchar(12) not null check (stance in ('AGREES', 'CONTRADICTS', 'CONTEXT'))
);
create index citation_event_idx on citation (event_id);
create table citation_aud (
    id        bigint   not null,
    rev       bigint   not null references revinfo (rev),
    revtype   smallint,
    event_id  bigint,
    source_id bigint,
    quote     text,
    supports  varchar(500),
    stance    varchar(12),
    primary key (id, rev)
);

-- Where sources disagree: what they claim, which reading the event uses, and why.
create table source_disagreement (
    id        bigserial primary key,
    event_id  bigint       not null references timeline_event (id) on delete cascade,
    topic     varchar(200) not null,
    claims    text         not null,
    reading   varchar(500) not null,
    rationale text
);
create index source_disagreement_event_idx on source_disagreement (event_id);
create table source_disagreement_aud (
    id        bigint   not null,
    rev       bigint   not null references revinfo (rev),
    revtype   smallint,
    event_id  bigint,
    topic     varchar(200),
    claims    text,
    reading   varchar(500),
    rationale text,
    primary key (id, rev)
);
