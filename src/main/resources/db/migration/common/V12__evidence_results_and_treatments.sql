-- Results read from each paper's abstract, each with its sentence: responses (events of
-- participants reaching an outcome such as SALT50, with the time point), adverse events (how many
-- had them, of how many when the sentence says) and ratios with their 95% confidence intervals.
-- Replaced whole when a paper is extracted again; they go with their paper.
create table evidence_study_result (
  paper_id bigint not null references paper (id) on delete cascade,
  seq integer not null,
  kind varchar(20) not null,
  outcome varchar(200) not null,
  timepoint varchar(40),
  events integer,
  participants integer,
  measure varchar(10),
  estimate double precision,
  ci_low double precision,
  ci_high double precision,
  sentence varchar(20000) not null,
  primary key (paper_id, seq)
);

-- The curated hair-loss treatments each paper studies (from its interventions), with the
-- condition it studies them in: what a treatment page lists and pools.
create table evidence_study_treatment (
  treatment varchar(60) not null,
  paper_id bigint not null references paper (id) on delete cascade,
  condition_slug varchar(60) not null,
  primary key (treatment, paper_id)
);

create index evidence_study_treatment_paper on evidence_study_treatment (paper_id);
