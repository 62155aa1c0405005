-- ===== reader: a small copy of what a visual timeline, a map or an embed draws for each published event =====
-- Reading a window of up to 1,000 events must not unpack 1,000 full documents (quotes, sources, disagreements):
-- the item holds headline, dates, types, place, actors' names and whether sources disagree, small enough to stay
-- inline in the row.
alter table published_event add column item jsonb;
update published_event set item = jsonb_build_object(
    'headline', document -> 'content' -> 'headline',
    'start', document -> 'content' -> 'start',
    'end', document -> 'content' -> 'end',
    'types', document -> 'content' -> 'types',
    'place', document -> 'content' -> 'place',
    'actors', coalesce((select jsonb_agg(a -> 'name') from jsonb_array_elements(document -> 'actors') a), '[]'::jsonb),
    'sourcesDisagree', jsonb_array_length(coalesce(document -> 'disagreements', '[]'::jsonb)) > 0
        or coalesce(document -> 'citations', '[]'::jsonb) @> '[{"stance": "CONTRADICTS"}]'::jsonb);
alter table published_event alter column item set not null;
