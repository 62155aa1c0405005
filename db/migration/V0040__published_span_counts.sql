-- ===== reader: how many visible published events cover each (first day, last day) pair, kept by PostgreSQL =====
-- V0022's day counts answered a window's density from one row per day, but the events that begin before the window
-- and reach into it were still read one by one: at 1,000,000 events (a tenth known only to their month) that is about
-- a thousand rows a day for a month before any window, 20-30 ms, and a window of a busy week was first listed (1,001
-- rows) only to learn it must be answered with counts. Events share few (first day, last day) pairs (about 1,400 for
-- the 1,000,000 generated ones), so one row per pair answers both: how many events overlap a window, and how many per
-- bucket, without reading an event. It replaces the day counts (a day's count is the sum of its pairs).
create table published_span_count (
    timeline_id bigint not null references timeline (id),
    first_day   date   not null,
    last_day    date   not null,
    events      int    not null,
    primary key (timeline_id, first_day, last_day)
);

-- the readers' window is the event's span ([first day, last day], see published_event.span): counted by the same bounds
create function published_span_count_keep() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') and not old.retracted then
        update published_span_count set events = events - 1
        where timeline_id = old.timeline_id and first_day = old.start_earliest and last_day = upper(old.span) - 1;
    end if;
    if tg_op in ('INSERT', 'UPDATE') and not new.retracted then
        insert into published_span_count (timeline_id, first_day, last_day, events)
        values (new.timeline_id, new.start_earliest, upper(new.span) - 1, 1)
        on conflict (timeline_id, first_day, last_day) do update set events = published_span_count.events + 1;
    end if;
    return null;
end $$;

create trigger published_span_count_keep after insert or delete or update of timeline_id, start_earliest, span, retracted
    on published_event for each row execute function published_span_count_keep();

insert into published_span_count (timeline_id, first_day, last_day, events)
select timeline_id, start_earliest, upper(span) - 1, count(*) from published_event where not retracted group by 1, 2, 3;

drop trigger published_day_count_keep on published_event;
drop function published_day_count_keep();
drop table published_day_count;
