-- A synthetic public timeline 'bench' of :n published events over 24 Feb 2022 – Oct 2025 for benchmarks (not real
-- events, and titled so). Realistic shape: 60% of events burst around the dates of the 65 real events (a few weeks
-- either side), the rest spread evenly; 10% are known only to the month; 1–3 actors from a pool of 24; places,
-- sources and quotes are copied from the real event the burst belongs to (no coordinate is invented).
-- Run with: psql -v n=200000 -d <database> -f bench/generate-events.sql  (after Annals has migrated and seeded it)
select setseed(0.42);
insert into timeline (slug, title, visibility) values ('bench', 'Benchmark: synthetic events (not real)', 'PUBLIC');
create temp table anchor as
    select row_number() over (order by p.start_earliest, p.event_id) as i, p.start_earliest as day, p.document
    from published_event p join timeline t on t.id = p.timeline_id where t.slug = 'russia-ukraine-war';
create temp table pool (i int, name text, kind text);
insert into pool select row_number() over (), name, kind from (values
    ('Russia', 'STATE'), ('Ukraine', 'STATE'), ('United States', 'STATE'), ('European Union', 'ORGANISATION'),
    ('NATO', 'ORGANISATION'), ('United Nations', 'ORGANISATION'), ('Turkey', 'STATE'), ('Belarus', 'STATE'),
    ('Wagner Group', 'ARMED_GROUP'), ('Armed Forces of Ukraine', 'ARMED_GROUP'), ('Russian Armed Forces', 'ARMED_GROUP'),
    ('IAEA', 'ORGANISATION'), ('ICRC', 'ORGANISATION'), ('Poland', 'STATE'), ('Germany', 'STATE'), ('France', 'STATE'),
    ('United Kingdom', 'STATE'), ('China', 'STATE'), ('Iran', 'STATE'), ('North Korea', 'STATE'), ('Putin', 'PERSON'),
    ('Zelensky', 'PERSON'), ('Trump', 'PERSON'), ('Lavrov', 'PERSON')) v(name, kind);
create temp table draw as
    select g, a.i as anchor, x.day, x.monthly,
           (array['shelling','drone strike','missile strike','talks','aid convoy','sanctions package','statement',
                  'evacuation','prisoner exchange','counteroffensive','ceasefire proposal','grain shipment'])[1 + (g % 12)] as phrase,
           (select array_agg(distinct 1 + floor(random() * 24 + k * 0)::int) from generate_series(1, 1 + g % 3) k) as actors
    from generate_series(1, :n) g
    -- every random() mentions g, so each event draws afresh (an uncorrelated subquery would be evaluated once)
    cross join lateral (select 1 + floor(random() * 65 + g * 0)::int as i, random() + g * 0 < 0.6 as burst,
                               random() + random() + random() - 1.5 + g * 0 as spread,
                               floor(random() * 1340 + g * 0)::int as even, random() + g * 0 < 0.1 as monthly) r
    join anchor a on a.i = r.i
    cross join lateral (select least(date '2025-10-24', greatest(date '2022-02-24',
                               case when r.burst then a.day + round(r.spread * 25)::int else date '2022-02-24' + r.even end)) as day,
                               r.monthly) x;
insert into timeline_event (timeline_id, slug, headline, start_earliest, start_latest, start_precision, start_nominal,
    place_precision, types, tags, confidence, status, has_published_version, created_at, updated_at)
select (select id from timeline where slug = 'bench'), 'bench-' || d.g,
       'Synthetic ' || d.phrase || ' ' || d.g || ' near ' || coalesce(a.document -> 'content' -> 'place' ->> 'name', 'unknown place'),
       case when d.monthly then date_trunc('month', d.day)::date else d.day end,
       case when d.monthly then (date_trunc('month', d.day) + interval '1 month - 1 day')::date else d.day end,
       case when d.monthly then 'MONTH' else 'DAY' end,
       case when d.monthly then date_trunc('month', d.day)::date else d.day end, 'NONE',
       array[(array['MILITARY','DIPLOMATIC','AID','SANCTIONS','STATEMENT','HUMANITARIAN'])[1 + d.g % 6]], '{}', 'VERIFIED',
       -- their readers' copies are written below: without the mark, the app's start-up backfill would publish every
       -- one of them again, in one transaction, while a benchmark measures
       'PUBLISHED', true, now(), now()
from draw d join anchor a on a.i = d.anchor;
create temp table doc as
select e.id, e.timeline_id, e.slug, e.start_earliest, e.start_latest, e.types, e.headline,
       (select array_agg(lower(p.name)) from pool p where p.i = any(d.actors)) as actor_names,
       (select string_agg(p.name, ' ') from pool p where p.i = any(d.actors)) as actor_text,
       jsonb_set(jsonb_set(jsonb_set(jsonb_set(jsonb_set(jsonb_set(jsonb_set(a.document,
           '{id}', to_jsonb(e.id)), '{slug}', to_jsonb(e.slug)), '{timelineSlug}', '"bench"'),
           '{content,headline}', to_jsonb(e.headline)),
           '{content,start}', jsonb_build_object('earliest', e.start_earliest, 'latest', e.start_latest,
               'precision', e.start_precision, 'nominal', e.start_nominal)),
           '{content,types}', to_jsonb(e.types)),
           '{actors}', (select jsonb_agg(jsonb_build_object('name', p.name, 'kind', p.kind, 'role', 'PARTICIPANT'))
                        from pool p where p.i = any(d.actors))) - 'end' as document
from timeline_event e join draw d on e.slug = 'bench-' || d.g join anchor a on a.i = d.anchor
where e.timeline_id = (select id from timeline where slug = 'bench');
update doc set document = jsonb_set(document, '{content,end}', 'null'::jsonb);
-- the counts kept by triggers (V0040, V0041) are filled once below: a million rows' per-row trigger events, run at the
-- end of the statement, took longer than the rest of the generation together
alter table published_event disable trigger published_span_count_keep;
alter table published_event disable trigger published_facet_count_keep;
insert into published_event (event_id, timeline_id, slug, start_earliest, start_latest, span, types, actor_names, document,
    item, search, published_at, published_by)
select id, timeline_id, slug, start_earliest, start_latest, daterange(start_earliest, start_latest, '[]'), types,
       actor_names, document,
       jsonb_build_object('headline', document -> 'content' -> 'headline', 'start', document -> 'content' -> 'start',
           'end', null, 'types', document -> 'content' -> 'types', 'place', document -> 'content' -> 'place',
           'actors', (select jsonb_agg(a -> 'name') from jsonb_array_elements(document -> 'actors') a),
           'sourcesDisagree', jsonb_array_length(coalesce(document -> 'disagreements', '[]'::jsonb)) > 0),
       setweight(to_tsvector('english', headline), 'A') || setweight(to_tsvector('simple', actor_text), 'B')
         || setweight(to_tsvector('english', coalesce(document -> 'content' ->> 'summary', '')), 'B'),
       now(), 'bench'
from doc;
alter table published_event enable trigger published_span_count_keep;
alter table published_event enable trigger published_facet_count_keep;
insert into published_span_count (timeline_id, first_day, last_day, events)
select timeline_id, start_earliest, upper(span) - 1, count(*) from published_event
where not retracted and timeline_id = (select id from timeline where slug = 'bench') group by 1, 2, 3;
insert into published_facet_count (timeline_id, facet, value, events)
select p.timeline_id, f.facet, f.value, count(*) from published_event p, published_facets(p.document) f
where not p.retracted and p.timeline_id = (select id from timeline where slug = 'bench') group by 1, 2, 3;
insert into reader_version (timeline_id, version) select id, 1 from timeline where slug = 'bench'
    on conflict (timeline_id) do update set version = reader_version.version + 1;
analyze published_event;
analyze timeline_event;
