-- Spring Modulith's event publication registry: an event is stored in the transaction that
-- publishes it and completed when its listener has run, so work derived from the catalogue (the
-- search index, summaries, citation links) is retried after a failure or a crash, never lost.
create table event_publication (
  id uuid not null primary key,
  listener_id varchar(512) not null,
  event_type varchar(512) not null,
  serialized_event varchar(1000000) not null,
  publication_date timestamp(6) with time zone not null,
  completion_date timestamp(6) with time zone,
  status varchar(20),
  completion_attempts integer,
  last_resubmission_date timestamp(6) with time zone
);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
