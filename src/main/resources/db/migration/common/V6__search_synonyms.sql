-- Synonyms the search applies at query time (MeSH entry terms, Disease Ontology synonyms): each
-- group is the terms of one concept; term_key is the term lower-cased, folded and without
-- punctuation, as queries are matched against it.
create table search_synonym (
  group_key varchar(100) not null,
  term varchar(500) not null,
  term_key varchar(500) not null,
  primary key (group_key, term_key)
);
create index search_synonym_term_idx on search_synonym (term_key);
