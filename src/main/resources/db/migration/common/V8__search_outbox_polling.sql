-- Hibernate Search's outbox-polling coordination (follicle.search.coordination=outbox-polling):
-- the indexing events every node writes in its own transactions, and the agents (one per node)
-- that share the work. The columns are those Hibernate Search 8 maps and validates; the tables
-- stay empty while coordination is off. ${binary_object} is Hibernate's type for a byte[] payload:
-- blob on H2, bytea on PostgreSQL (OutboxTables).
create table hsearch_outbox_event (
  id uuid not null,
  entity_name varchar(256) not null,
  entity_id varchar(256) not null,
  entity_id_hash integer not null,
  payload ${binary_object} not null,
  retries integer not null,
  process_after timestamp(6) with time zone not null,
  status varchar(255) not null,
  tenant_id varchar(255),
  constraint hsearch_outbox_event_pk primary key (id),
  constraint hsearch_outbox_event_status check (status in ('PENDING', 'ABORTED'))
);

create index hsearch_outbox_event_process_after on hsearch_outbox_event (process_after);

create table hsearch_agent (
  id uuid not null,
  type varchar(255) not null,
  name varchar(255) not null,
  expiration timestamp(6) with time zone not null,
  state varchar(255) not null,
  total_shard_count integer,
  assigned_shard_index integer,
  payload ${binary_object},
  tenant_id varchar(255),
  constraint hsearch_agent_pk primary key (id),
  constraint hsearch_agent_type check (
    type in ('EVENT_PROCESSING_DYNAMIC_SHARDING', 'EVENT_PROCESSING_STATIC_SHARDING', 'MASS_INDEXING')),
  constraint hsearch_agent_state check (state in ('RUNNING', 'WAITING', 'SUSPENDED'))
);
