-- ===== reader: the window's range with the columns that decide overlap, readable without visiting the rows =====
-- A density band counts the events that began shortly before its window and reach into it one by one (V0022). With
-- span and retraction in the index, PostgreSQL reads them as an index-only scan: measured at 200,000 events, 0.7 ms
-- instead of 12 ms for a month of events checked row by row.
create index published_event_window_cover_idx on published_event (timeline_id, start_earliest) include (span, retracted);
