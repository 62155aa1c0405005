-- ===== publication: the stored event documents carry their timeline's id (issue 13) =====
-- The readers' copy stores each published event as it was approved (EventDetails as JSON). EventDetails now names its
-- timeline by id as well as by slug; documents written before say only the slug, so they get the id their row holds.
update published_event
set document = jsonb_set(document, '{timelineId}', to_jsonb(timeline_id))
where not document ? 'timelineId';

update published_revision
set document = jsonb_set(document, '{timelineId}', to_jsonb(timeline_id))
where not document ? 'timelineId';
