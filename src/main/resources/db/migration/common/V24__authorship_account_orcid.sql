-- The ORCID iD an account proved it owns by signing in at ORCID (OpenID Connect), in the
-- normalised 0000-0002-1825-0097 form. One iD per account and one account per iD. No foreign key
-- into accounts: the authorship module removes a deleted account's link itself. Portable SQL (H2
-- and PostgreSQL).
create table account_orcid (
  account_id bigint primary key,
  orcid varchar(19) not null,
  linked_at timestamp(6) with time zone not null,
  constraint account_orcid_orcid_key unique (orcid)
);
