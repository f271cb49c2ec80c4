-- Tables of Hibernate Search's outbox-polling coordination, used by the scale profile (several instances sharing one
-- database and one index): indexing events, written in the same transaction as the change they describe, and the
-- agents (running instances) that share the events out. The default run leaves them empty. Portable SQL (H2 and
-- PostgreSQL); the columns are those that hibernate-search-mapper-orm-outbox-polling 8.2 maps.
create table hsearch_outbox_event (
    id uuid not null primary key,
    entity_name varchar(256) not null,
    entity_id varchar(256) not null,
    entity_id_hash integer not null,
    payload bytea not null,
    retries integer not null,
    process_after timestamp(6) with time zone not null,
    status varchar(255) not null check (status in ('PENDING', 'ABORTED')),
    tenant_id varchar(255)
);
create index hsearch_outbox_event_process_after on hsearch_outbox_event (process_after);

create table hsearch_agent (
    id uuid not null primary key,
    type varchar(255) not null
        check (type in ('EVENT_PROCESSING_DYNAMIC_SHARDING', 'EVENT_PROCESSING_STATIC_SHARDING', 'MASS_INDEXING')),
    name varchar(255) not null,
    expiration timestamp(6) with time zone not null,
    state varchar(255) not null check (state in ('RUNNING', 'WAITING', 'SUSPENDED')),
    total_shard_count integer,
    assigned_shard_index integer,
    payload bytea,
    tenant_id varchar(255)
);

-- One row that an instance locks (select ... for update) while it imports the dataset or rebuilds the search index,
-- so that instances starting together on one database take turns instead of doing the same work at once.
create table maintenance_lock (
    name varchar(50) not null primary key
);
insert into maintenance_lock (name) values ('maintenance');
