-- One sentence embedding per paper (title and abstract) for dense and hybrid search. Derived
-- data: source_hash tells whether the text changed since, and reindex computes missing ones.
create table paper_embedding (
  paper_id bigint primary key references paper (id) on delete cascade,
  model varchar(64) not null,
  source_hash varchar(64) not null,
  vector bytea not null
);
