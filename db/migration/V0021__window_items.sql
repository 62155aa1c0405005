-- ===== reader: each published event's window item as the public API sends it, ready to pass through =====
-- A window of up to 1,000 events is answered by PostgreSQL concatenating these stored JSON texts (plus the label in
-- the asked language and the permalink), so the app neither parses nor formats a thousand items per request.
-- The columns are filled at publication; rows published before this migration are filled by the app on start-up
-- (labels are the app's honest date wording, not SQL's), and until then the window is built the slower way.
alter table published_event
    add column window_item text,
    add column label_en    text,
    add column label_uk    text;
