-- ===== reader: the relations each published revision was published with, kept with it (append-only) =====
-- A pinned permalink (?revision=N) shows the event exactly as published then; its relations belong to that too. A
-- revision's outgoing relations are copied from published_relation when the revision is made (both are written on
-- approval); its incoming ones are those the other events' revisions valid at its publication had to it.
create table published_revision_relation (
    event_id    bigint      not null,
    revision    integer     not null,
    to_event_id bigint      not null references timeline_event (id),
    kind        varchar(16) not null,
    primary key (event_id, revision, to_event_id, kind),
    foreign key (event_id, revision) references published_revision (event_id, revision)
);
create index published_revision_relation_to_idx on published_revision_relation (to_event_id);

-- false for revisions made before this table: what they were published with is not known, and they say so
alter table published_revision add column relations_kept boolean not null default false;

-- each event's current revision was published with the relations readers see now
insert into published_revision_relation (event_id, revision, to_event_id, kind)
select r.from_event_id, v.revision, r.to_event_id, r.kind
from published_relation r join published_revision v on v.event_id = r.from_event_id and v.superseded_at is null;
update published_revision set relations_kept = true where superseded_at is null;
