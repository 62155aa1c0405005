-- Copies of cited pages kept by outside archives (issue 17): found through Memento (RFC 7089 TimeMaps) or made by a
-- submission to the Internet Archive's Save Page Now, when an administrator configures them. One row per URL and
-- archive: the newest copy known.
create table external_copy (
    url         varchar(2000)            not null,
    archive     varchar(200)             not null,
    memento_url varchar(4000)            not null,
    captured_at timestamp with time zone,
    found_at    timestamp with time zone not null,
    primary key (url, archive)
);
