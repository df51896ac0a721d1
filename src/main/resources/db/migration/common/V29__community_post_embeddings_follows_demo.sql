-- Each post's sentence embedding (title and body), for the posts close in meaning to a study. Derived
-- data: source_hash tells whether the text changed since; a vector of another model is redone.
create table community_post_embedding (
  post_id bigint primary key references community_post (id) on delete cascade,
  model varchar(64) not null,
  source_hash varchar(64) not null,
  vector bytea not null,
  embedded_at timestamp(6) with time zone not null
);

-- Readers following a study's discussion: told of new posts linking it and of comments on its
-- discussion post. No foreign key to the account: its deletion removes its rows.
create table community_study_follow (
  paper_id bigint not null references paper (id) on delete cascade,
  account_id bigint not null,
  followed_at timestamp(6) with time zone not null,
  primary key (paper_id, account_id)
);
create index community_study_follow_account_idx on community_study_follow (account_id);

-- The demo's accounts: their posts and comments say "demo account" on every page.
create table community_demo_author (
  account_id bigint primary key,
  display_name varchar(80) not null
);
