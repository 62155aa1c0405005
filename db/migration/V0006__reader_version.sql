-- ===== reader: a counter per timeline that moves whenever anything readers see changes (ETags, caches) =====
create table reader_version (
    timeline_id bigint primary key references timeline (id),
    version     bigint not null
);
insert into reader_version (timeline_id, version) select distinct timeline_id, 1 from published_event;
