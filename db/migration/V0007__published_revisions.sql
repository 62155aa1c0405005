-- ===== event/reader: every published revision of an event, kept (append-only) for pinned permalinks and embeds =====
-- published_event stays the readers' current copy; this table keeps what readers saw before. A revision is valid from
-- published_at until superseded_at (null while current), so "as published at T" is one range condition per row.
-- The filter columns repeat published_event's, so a pinned view filters the revision's own text, not today's.
create table published_revision (
    event_id       bigint       not null references timeline_event (id),
    revision       integer      not null check (revision >= 1),
    timeline_id    bigint       not null references timeline (id),
    start_earliest date         not null,
    start_latest   date         not null,
    span           daterange    not null,
    types          text[]       not null,
    actor_names    text[]       not null,
    document       jsonb        not null,
    search         tsvector     not null,
    published_at   timestamptz  not null,
    published_by   varchar(100) not null,
    superseded_at  timestamptz,
    primary key (event_id, revision)
);
-- a pinned list reads in the readers' order and stops at its page size, as the live list does
create index published_revision_order_idx on published_revision (timeline_id, start_earliest, start_latest, event_id);

-- what readers see today is revision 1 of every event published before this table existed
insert into published_revision (event_id, revision, timeline_id, start_earliest, start_latest, span, types, actor_names,
                                document, search, published_at, published_by)
select event_id, 1, timeline_id, start_earliest, start_latest, span, types, actor_names, document, search, published_at,
       published_by
from published_event;

-- a correction names the revision it produced (null for retractions and for corrections whose text predates this table)
alter table correction add column revision integer;
update correction c set revision = 1
from published_event p
where c.event_id = p.event_id and c.kind = 'CORRECTION' and c.made_at = p.published_at;
