-- ===== event: the event records for itself whether readers see a published version =====
-- Until now the event module asked the readers' table (published_event) whether a row existed. The readers' copy is
-- now a module of its own (publication) that only listens to the event module, so the event keeps the fact itself:
-- true once approved (or imported as published), kept on retraction, false for a merged duplicate. Not audited.
alter table timeline_event add column has_published_version boolean not null default false;
update timeline_event e set has_published_version = true
    where exists (select 1 from published_event p where p.event_id = e.id);
