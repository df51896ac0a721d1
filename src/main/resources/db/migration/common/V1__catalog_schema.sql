-- The catalogue: papers, journals, authors and what hangs off a paper. Portable SQL (H2 and PostgreSQL).
create sequence journal_seq start with 1 increment by 50;
create sequence author_seq start with 1 increment by 50;
create sequence paper_seq start with 1 increment by 50;

create table journal (
  id bigint not null primary key,
  name varchar(1000) not null,
  name_key varchar(1000) not null unique,
  issn_print varchar(9),
  issn_electronic varchar(9),
  publisher varchar(1000)
);
create index journal_issn_print_idx on journal (issn_print);
create index journal_issn_electronic_idx on journal (issn_electronic);

create table author (
  id bigint not null primary key,
  name_key varchar(1000) not null unique,
  family varchar(500),
  given varchar(500),
  collective_name varchar(1000),
  orcid varchar(19)
);

create table paper (
  id bigint not null primary key,
  version bigint not null,
  title varchar(4000) not null,
  title_key varchar(200) not null,
  article_type varchar(200),
  pub_year integer,
  pub_month integer,
  pub_day integer,
  journal_id bigint references journal (id),
  volume varchar(100),
  issue varchar(100),
  pages varchar(100),
  doi varchar(500) unique,
  pmid varchar(20) unique,
  pmcid varchar(20) unique,
  language varchar(20),
  abstract_by_follicle boolean not null,
  created_at timestamp(6) with time zone not null,
  updated_at timestamp(6) with time zone not null
);
create index paper_title_key_idx on paper (title_key);
create index paper_journal_idx on paper (journal_id);
create index paper_date_idx on paper (pub_year, pub_month, pub_day, id);

create table paper_publication_type (
  paper_id bigint not null references paper (id) on delete cascade,
  seq integer not null,
  name varchar(200) not null,
  primary key (paper_id, seq)
);

create table paper_author (
  paper_id bigint not null references paper (id) on delete cascade,
  seq integer not null,
  author_id bigint not null references author (id),
  affiliation varchar(4000),
  primary key (paper_id, seq)
);
create index paper_author_author_idx on paper_author (author_id);

create table paper_keyword (
  paper_id bigint not null references paper (id) on delete cascade,
  seq integer not null,
  name varchar(1000) not null,
  slug varchar(200) not null,
  major boolean not null,
  primary key (paper_id, seq)
);
create index paper_keyword_slug_idx on paper_keyword (slug);

create table paper_category (
  paper_id bigint not null references paper (id) on delete cascade,
  seq integer not null,
  name varchar(1000) not null,
  slug varchar(200) not null,
  major boolean not null,
  primary key (paper_id, seq)
);
create index paper_category_slug_idx on paper_category (slug);

create table paper_abstract_section (
  paper_id bigint not null references paper (id) on delete cascade,
  seq integer not null,
  label varchar(200),
  body varchar(100000) not null,
  primary key (paper_id, seq)
);

create table paper_notice (
  paper_id bigint not null references paper (id) on delete cascade,
  seq integer not null,
  kind varchar(40) not null,
  description varchar(4000),
  notice_doi varchar(500),
  notice_pmid varchar(20),
  primary key (paper_id, seq)
);
