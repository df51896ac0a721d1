-- Every version of every paper's plain-language summary, generated or edited; the newest is the
-- current one. A paper's versions go with it when it is deleted. Portable SQL (H2 and PostgreSQL).
create sequence summary_plain_version_seq start with 1 increment by 50;

create table summary_plain_version (
  id bigint not null primary key,
  paper_id bigint not null references paper (id) on delete cascade,
  version integer not null,
  text varchar(4000) not null,
  origin varchar(20) not null,
  author varchar(200),
  created_at timestamp(6) with time zone not null,
  constraint summary_plain_version_paper_version_key unique (paper_id, version)
);
