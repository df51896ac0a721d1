package org.follicle.authorship;

/** What verified a claim. */
enum Verification {
  /** A moderator approved it. */
  MODERATOR,
  /** The claimant's confirmed address is at the domain printed in the author's affiliation. */
  EMAIL_DOMAIN,
  /** The ORCID iD the claimant linked by signing in at ORCID is the author's in the catalogue. */
  ORCID
}
