-- Study facts read from each paper's abstract (design, sample size, intervention...), each with
-- the sentence it came from; seq keeps the order the paper page shows them in. Generated facts
-- are replaced whole when a paper is extracted again; they go with their paper.
create table evidence_study_fact (
  paper_id bigint not null references paper (id) on delete cascade,
  seq integer not null,
  kind varchar(40) not null,
  fact_value varchar(2000) not null,
  sentence varchar(20000) not null,
  extracted_at timestamp with time zone not null,
  primary key (paper_id, seq)
);
