-- A re-import tells the editors of an event whose source row changed upstream after they edited it (issue 18).
alter table inbox_item drop constraint inbox_item_kind_check;
alter table inbox_item add constraint inbox_item_kind_check
    check (kind in ('MENTION', 'REPLY', 'EVENT_CHANGED', 'SOURCE_ROW_CHANGED'));
