-- The words readers can find on each public timeline, for "Did you mean …?" when a search finds nothing: a typo is
-- matched to the nearest words by trigram similarity (pg_trgm, a trusted extension shipped with PostgreSQL).
-- Words are added when an event is published and kept (a word once public stays suggestible).
create extension if not exists pg_trgm;

create table published_word (
    timeline_id bigint      not null references timeline (id),
    word        varchar(40) not null,
    primary key (timeline_id, word)
);
create index published_word_trgm_idx on published_word using gin (word gin_trgm_ops);

insert into published_word (timeline_id, word)
select distinct p.timeline_id, w
from published_event p,
     regexp_split_to_table(lower(concat_ws(' ', p.document -> 'content' ->> 'headline',
         p.document -> 'content' ->> 'summary', p.document -> 'content' -> 'place' ->> 'name',
         array_to_string(p.actor_names, ' '))), '[^[:alnum:]]+') as w
where length(w) between 3 and 40
on conflict do nothing;
