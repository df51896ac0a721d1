-- Import jobs started from the admin page or POST /api/imports, with their progress and report.
create table ingest_import_job (
  id varchar(36) not null primary key,
  status varchar(20) not null,
  file_name varchar(500) not null,
  format varchar(40),
  stored_path varchar(2000) not null,
  size_bytes bigint not null,
  bytes_read bigint not null,
  records bigint not null,
  imported bigint not null,
  updated bigint not null,
  unchanged bigint not null,
  deleted bigint not null,
  rejected bigint not null,
  warned bigint not null,
  problems varchar(100000),
  error varchar(4000),
  created_at timestamp(6) with time zone not null,
  started_at timestamp(6) with time zone,
  finished_at timestamp(6) with time zone
);
create index ingest_import_job_created_idx on ingest_import_job (created_at);
