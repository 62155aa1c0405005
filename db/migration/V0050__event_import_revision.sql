-- Which import added an event (the history revision of its import batch), so a desk can list "the events this import
-- added" and review them together (issue 18). Null for events written by hand. Not audited: it never changes.
alter table timeline_event add column import_revision bigint;

update timeline_event e set import_revision = j.revision
from import_job j
join timeline_event_aud a on a.rev = j.revision and a.revtype = 0
where j.revision is not null and a.id = e.id;

create index timeline_event_import_revision_idx on timeline_event (timeline_id, import_revision)
    where import_revision is not null;
