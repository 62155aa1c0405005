-- ===== reader: finding revisions made before relations were kept (V0025) =====
-- A pinned revision's incoming relations come from the other events' revisions of that moment; where one of those
-- predates V0025, relations from it may be missing and the page says so. Only such old rows are indexed (none in a
-- database created after V0025), so the check costs nothing once they are history.
create index published_revision_relations_not_kept_idx on published_revision (timeline_id, published_at)
    where not relations_kept;
