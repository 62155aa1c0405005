-- ===== event: how events relate (part of, follows, caused by, contradicts, duplicate of) =====
create table event_relation (
    id            bigserial    primary key,
    from_event_id bigint       not null references timeline_event (id),
    to_event_id   bigint       not null references timeline_event (id),
    kind          varchar(16)  not null check (kind in ('PART_OF', 'FOLLOWS', 'CAUSED_BY', 'CONTRADICTS', 'DUPLICATE_OF')),
    unique (from_event_id, to_event_id, kind),
    check (from_event_id <> to_event_id)
);
create index event_relation_to_idx on event_relation (to_event_id);
create table event_relation_aud (
    id            bigint   not null,
    rev           bigint   not null references revinfo (rev),
    revtype       smallint,
    from_event_id bigint,
    to_event_id   bigint,
    kind          varchar(16),
    primary key (id, rev)
);

-- A merged duplicate keeps its row and history; it points at the event it was merged into.
alter table timeline_event drop constraint timeline_event_status_check;
alter table timeline_event add constraint timeline_event_status_check
    check (status in ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'RETRACTED', 'MERGED'));
alter table timeline_event add column merged_into_id bigint references timeline_event (id);
alter table timeline_event_aud add column merged_into_id bigint;

-- ===== reader: old permalinks of merged duplicates lead to the event they were merged into =====
create table permalink_redirect (
    timeline_id bigint      not null references timeline (id),
    old_slug    varchar(80) not null,
    event_id    bigint      not null references timeline_event (id),
    primary key (timeline_id, old_slug)
);
