-- ===== reader: how many visible published events begin on each day, kept by PostgreSQL itself =====
-- A density band over a long window (a reader zoomed out, then panning) used to count by scanning every event in it:
-- ~150 ms for two years of 200,000 events, and a new window misses every cache. Summing a row per day costs ~2 ms.
-- A trigger keeps the counts, so every path that writes the readers' table (publication, retraction, merge, a
-- benchmark's SQL) keeps them right without the app having to remember.
create table published_day_count (
    timeline_id bigint not null references timeline (id),
    day         date   not null,
    events      int    not null,
    primary key (timeline_id, day)
);

create function published_day_count_keep() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') and not old.retracted then
        update published_day_count set events = events - 1 where timeline_id = old.timeline_id and day = old.start_earliest;
    end if;
    if tg_op in ('INSERT', 'UPDATE') and not new.retracted then
        insert into published_day_count (timeline_id, day, events) values (new.timeline_id, new.start_earliest, 1)
        on conflict (timeline_id, day) do update set events = published_day_count.events + 1;
    end if;
    return null;
end $$;

create trigger published_day_count_keep after insert or delete or update of timeline_id, start_earliest, retracted
    on published_event for each row execute function published_day_count_keep();

insert into published_day_count (timeline_id, day, events)
select timeline_id, start_earliest, count(*) from published_event where not retracted group by 1, 2;
