-- Reference lists as the sources print them (resolved by the citation module), and the PMIDs
-- that PubMed deleted, so that an older file cannot bring them back.
create table paper_reference (
  paper_id bigint not null references paper (id) on delete cascade,
  seq integer not null,
  citation_text varchar(4000),
  doi varchar(500),
  pmid varchar(20),
  pmcid varchar(20),
  title varchar(2000),
  first_author varchar(500),
  ref_year integer,
  journal varchar(1000),
  primary key (paper_id, seq)
);
create index paper_reference_doi_idx on paper_reference (doi);
create index paper_reference_pmid_idx on paper_reference (pmid);

create table paper_tombstone (
  pmid varchar(20) not null primary key,
  deleted_at timestamp(6) with time zone not null
);
