-- What an import last told an event's editors its source row says (the hash of that row), so a row that changed upstream
-- once is told once, not again at every re-import of the same file (issue 18).
alter table timeline_event add column import_upstream_told char(64);
