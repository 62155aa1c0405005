-- The readers' list (and the API's events, the exports) in the order of the dates it shows: an event's nominal day,
-- the day its label names (the pinned day of "c. 8 Jun 2023", the first day of "Jun 2023"), not the earliest day its
-- uncertainty allows, which put "c. 8 Jun 2023" before "6 Jun 2023" (decision 0023). Generated from the stored
-- document, so every writer of the rows (publication, the benchmarks' generator) fills it without knowing of it.
create function annals_iso_day(text) returns date language sql immutable strict parallel safe
    as $$ select make_date(substr($1, 1, 4)::int, substr($1, 6, 2)::int, substr($1, 9, 2)::int) $$;

alter table published_event add column start_nominal date
    generated always as (annals_iso_day(document -> 'content' -> 'start' ->> 'nominal')) stored;
alter table published_revision add column start_nominal date
    generated always as (annals_iso_day(document -> 'content' -> 'start' ->> 'nominal')) stored;

create index published_event_list_idx on published_event (timeline_id, start_nominal, start_latest, event_id);
