-- Readers and data users filter a timeline's published events by fatalities (the best estimate a data set or an
-- editor gives, issue 18): an index on the figure as the filter reads it, for the events that have one.
create index published_event_fatalities on published_event
    (timeline_id, ((document -> 'content' -> 'data' ->> 'fatalitiesBest')::int))
    where document -> 'content' -> 'data' ->> 'fatalitiesBest' is not null;
