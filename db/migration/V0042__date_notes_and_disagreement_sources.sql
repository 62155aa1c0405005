-- A note on an event's dates (issue 17): how the date was settled, which report or time zone it follows, what is not
-- known. It was written into summaries before, where readers took research for what happened.
alter table timeline_event add column date_note text;
alter table timeline_event_aud add column date_note text;

-- The sources a disagreement names (issue 17): addresses of sources the event cites, so readers can open each one.
alter table source_disagreement add column source_urls text[] not null default '{}';
alter table source_disagreement_aud add column source_urls text[];
