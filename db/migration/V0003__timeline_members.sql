-- ===== timeline: who works on which timeline, in which role. Administrators need no membership =====
create table timeline_member (
    id          bigserial    primary key,
    timeline_id bigint       not null references timeline (id),
    username    varchar(100) not null,
    role        varchar(12)  not null check (role in ('EDITOR', 'REVIEWER', 'ANNOTATOR')),
    unique (timeline_id, username, role)
);
create index timeline_member_user_idx on timeline_member (username);
create table timeline_member_aud (
    id          bigint   not null,
    rev         bigint   not null references revinfo (rev),
    revtype     smallint,
    timeline_id bigint,
    username    varchar(100),
    role        varchar(12),
    primary key (id, rev)
);
