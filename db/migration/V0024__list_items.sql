-- ===== reader: each published event as the public events list sends it, per language, ready to pass through =====
-- A page of the events list (and so a search) is answered from this stored JSON text (without the permalink, which
-- starts with the request's base URL) instead of parsing, mapping and writing every full document per request.
-- Filled at publication; rows published before this migration are filled by the app in the background, and until
-- then their pages are built the slower way.
alter table published_event
    add column list_item_en text,
    add column list_item_uk text;
