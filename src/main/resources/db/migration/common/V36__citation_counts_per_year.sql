-- How often each paper is cited by papers of each publication year, kept up to date as links
-- change (as citation_paper.cited_by is), so that the paper page's chart reads a few rows instead
-- of counting a famous paper's citations on every request. Years of no citation have no row.
create table citation_year (
  paper_id bigint not null,
  pub_year integer not null,
  citations integer not null,
  primary key (paper_id, pub_year)
);

-- The papers citing one, newest first, read in index order: the page lists ten without sorting
-- all of a famous paper's citing papers. Replaces the index on cited_paper_id alone.
create index citation_reference_cited_citing_idx on citation_reference (cited_paper_id, citing_paper_id);
drop index citation_reference_cited_idx;


-- The counts of the links already stored.
insert into citation_year (paper_id, pub_year, citations)
select r.cited_paper_id, p.pub_year, count(*)
from citation_reference r join citation_paper p on p.paper_id = r.citing_paper_id
where r.cited_paper_id is not null and p.pub_year is not null
group by r.cited_paper_id, p.pub_year;
