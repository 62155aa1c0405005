-- Other names readers may search a timeline for (Kiev for Kyiv, Zelenskyy for Zelensky): a searched word that is an
-- alias also finds the name it stands for. Kept per timeline by its administrators; words in lower case.
create table search_alias (
    timeline_id bigint       not null references timeline (id),
    alias       varchar(60)  not null,
    name        varchar(60)  not null,
    primary key (timeline_id, alias)
);
