-- ===== reader: relations readers see are those of the published copies, written on approval =====
-- A relation belongs to the event it starts from; it goes public when that event is approved, like any other change.
create table published_relation (
    from_event_id bigint      not null references timeline_event (id),
    to_event_id   bigint      not null references timeline_event (id),
    kind          varchar(16) not null,
    primary key (from_event_id, to_event_id, kind)
);
create index published_relation_to_idx on published_relation (to_event_id);
insert into published_relation (from_event_id, to_event_id, kind)
select r.from_event_id, r.to_event_id, r.kind from event_relation r
where exists (select 1 from published_event p where p.event_id = r.from_event_id);

create index correction_event_idx on correction (event_id);
