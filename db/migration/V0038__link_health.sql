-- Whether each cited page is still where it was cited (issue 17): the periodic link check's latest answer per URL, and
-- since when that answer holds, so a page gone on 3 May reads "gone since 3 May" through every later check.
create table link_health (
    url         varchar(2000) primary key,
    state       varchar(16)              not null check (state in ('OK', 'GONE', 'MOVED', 'UNREACHABLE')),
    http_status int,
    detail      text,
    moved_to    varchar(2000),
    since       timestamp with time zone not null,
    checked_at  timestamp with time zone not null
);
-- the check asks for the links not checked for longest
create index link_health_checked_at on link_health (checked_at);
