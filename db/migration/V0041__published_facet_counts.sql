-- ===== reader: how many visible published events name each actor and tag, kept by PostgreSQL =====
-- A reader's filters offer the timeline's actors and tags, most frequent first. They were counted from every event's
-- document whenever something had been published: at 1,000,000 events each count read every document (about 7 s
-- each), so the first reader after a start or a publication waited for them. A trigger keeps the counts instead, as
-- V0040 keeps the span counts, so every path that writes the readers' table keeps them right.
create table published_facet_count (
    timeline_id bigint not null references timeline (id),
    facet       text   not null check (facet in ('actors', 'tags')),
    value       text   not null,
    events      int    not null,
    primary key (timeline_id, facet, value)
);

-- the facets of one published document: each actor's name and each tag, once per time it is named
create function published_facets(document jsonb) returns table (facet text, value text) language sql immutable as $$
    select 'actors', a ->> 'name' from jsonb_array_elements(case jsonb_typeof(document -> 'actors')
        when 'array' then document -> 'actors' else '[]'::jsonb end) a where a ->> 'name' is not null
    union all
    select 'tags', t from jsonb_array_elements_text(case jsonb_typeof(document -> 'content' -> 'tags')
        when 'array' then document -> 'content' -> 'tags' else '[]'::jsonb end) t
$$;

-- rows are changed in the order of their keys, so two transactions publishing events with the same actors take the
-- rows' locks in the same order
create function published_facet_count_keep() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') and not old.retracted then
        update published_facet_count c set events = c.events - f.n
        from (select facet, value, count(*)::int as n from published_facets(old.document) group by 1, 2 order by 1, 2) f
        where c.timeline_id = old.timeline_id and c.facet = f.facet and c.value = f.value;
    end if;
    if tg_op in ('INSERT', 'UPDATE') and not new.retracted then
        insert into published_facet_count (timeline_id, facet, value, events)
        select new.timeline_id, facet, value, count(*)::int from published_facets(new.document) group by 2, 3 order by 2, 3
        on conflict (timeline_id, facet, value) do update set events = published_facet_count.events + excluded.events;
    end if;
    return null;
end $$;

create trigger published_facet_count_keep after insert or delete or update of timeline_id, document, retracted
    on published_event for each row execute function published_facet_count_keep();

insert into published_facet_count (timeline_id, facet, value, events)
select p.timeline_id, f.facet, f.value, count(*) from published_event p, published_facets(p.document) f
where not p.retracted group by 1, 2, 3;
