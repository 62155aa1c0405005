-- ===== an inbox item names its event (issue 15) =====
-- The headline as it was when the item was written; items from before this column get the event's current one.
alter table inbox_item add column event_headline varchar(300);
update inbox_item i set event_headline = e.headline from timeline_event e where e.id = i.event_id;
