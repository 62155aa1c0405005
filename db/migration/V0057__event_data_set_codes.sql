-- A data set's own codes for an event as the data set wrote them (issue 18): ACLED's event type and sub-event type,
-- inter codes, civilian targeting, geo precision, source, source scale, location, country, timestamp — "name=value"
-- entries, sorted — so an export in ACLED's shape gives back what ACLED said rather than a guess from Annals' types.
alter table timeline_event add column data_codes text[] not null default '{}';
alter table timeline_event_aud add column data_codes text[];
