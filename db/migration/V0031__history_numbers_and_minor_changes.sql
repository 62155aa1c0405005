-- ===== one numbering of revisions, minor changes, translatable generated log lines (issue 15) =====
-- The history revision (Envers) each published revision made public, so the editors' history can say "public
-- revision 2" beside the revision that readers saw as revision 2. Rows from before this column get the event's last
-- published history revision recorded at or within a second after the publication (the revision's timestamp is taken
-- when the transaction flushes, after the publication's clock reading); none when there is no such revision.
alter table published_revision add column history_revision bigint;
update published_revision p set history_revision = (
    select max(a.rev) from timeline_event_aud a join revinfo r on r.rev = a.rev
    where a.id = p.event_id and a.status = 'PUBLISHED'
      and r.revtstmp <= (extract(epoch from p.published_at) * 1000)::bigint + 1000);
create index published_revision_history_idx on published_revision (event_id, history_revision);

-- A correction the approver marked as minor (a typo, punctuation): listed as such, not as a substantive change.
alter table correction add column minor boolean not null default false;
-- When nobody wrote a note, the parts that changed (headline, summary, …) so each reader's language can name them;
-- note keeps the English line for readers of the raw log and for entries from before this column.
alter table correction add column changed_parts varchar(40)[];
