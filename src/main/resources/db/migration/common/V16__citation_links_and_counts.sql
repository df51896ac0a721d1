-- Citations: every catalogue paper with the keys a reference can name it by, and its counts, kept
-- up to date as links change (never counted per request). No foreign key to paper: a deleted paper
-- still has links to take down and counts to fix, which the PapersDeleted listener does.
create table citation_paper (
  paper_id bigint not null primary key,
  doi varchar(500),
  pmid varchar(20),
  pmcid varchar(20),
  -- The title reduced to lower-case words, and its first letters and digits, which find
  -- truncated or differently punctuated titles.
  title_words varchar(2000) not null,
  title_prefix varchar(24) not null,
  author_key varchar(200),
  pub_year integer,
  retracted boolean not null,
  cited_by integer not null,
  references_total integer not null,
  references_resolved integer not null
);
create index citation_paper_doi_idx on citation_paper (doi);
create index citation_paper_pmid_idx on citation_paper (pmid);
create index citation_paper_pmcid_idx on citation_paper (pmcid);
create index citation_paper_title_idx on citation_paper (title_prefix);
create index citation_paper_author_year_idx on citation_paper (author_key, pub_year);

-- Every entry of every reference list with its keys, and the paper it was resolved to (null while
-- unresolved): the link table and, through its key indexes, the lookup that lets a newly stored
-- paper find the references that were waiting for it.
create table citation_reference (
  citing_paper_id bigint not null,
  seq integer not null,
  doi varchar(500),
  pmid varchar(20),
  pmcid varchar(20),
  title_words varchar(2000),
  title_prefix varchar(24),
  author_key varchar(200),
  ref_year integer,
  cited_paper_id bigint,
  method varchar(20),
  confidence double precision,
  primary key (citing_paper_id, seq)
);
create index citation_reference_doi_idx on citation_reference (doi);
create index citation_reference_pmid_idx on citation_reference (pmid);
create index citation_reference_pmcid_idx on citation_reference (pmcid);
create index citation_reference_title_idx on citation_reference (title_prefix);
create index citation_reference_author_year_idx on citation_reference (author_key, ref_year);
create index citation_reference_cited_idx on citation_reference (cited_paper_id);
