-- ===== the language each person's signed-in screens speak (issue 15) =====
-- 'en' or 'uk', chosen with the switch in the signed-in header; null: follow the browser.
alter table app_user add column language varchar(8) check (language in ('en', 'uk'));
