-- Readers open the archived copy of a page only when a published event cites it (issue 17): that question is asked
-- of the published documents' citations, through this index rather than by reading every published event.
create index published_event_citations on published_event using gin ((document -> 'citations') jsonb_path_ops);
