-- A job's problems, its changed rows and its error as sentences with their keys and values (JSON), so each desk reads the report of a
-- background job in its own language; the English columns stay for the API and the logs (issue 18).
alter table import_job add column problems_wording text;
alter table import_job add column error_wording text;
alter table import_job add column changes_wording text;
