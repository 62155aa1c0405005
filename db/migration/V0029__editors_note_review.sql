-- ===== editors' notes go public through review (issue 15) =====
-- An editor's note readers would see is first PROPOSED when its timeline has the four-eyes rule; a reviewer other
-- than the editor who proposed it makes it PUBLIC. visibility_by names who set the current visibility.
alter table annotation drop constraint annotation_visibility_check;
alter table annotation add constraint annotation_visibility_check check (visibility in ('TEAM', 'PROPOSED', 'PUBLIC'));
alter table annotation add column visibility_by varchar(100);
alter table annotation_aud add column visibility_by varchar(100);
