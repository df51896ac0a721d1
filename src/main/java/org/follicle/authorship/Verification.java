package org.follicle.authorship;

/** What verified a claim. */
enum Verification {
  /** A moderator approved it. */
  MODERATOR,
  /** The claimant's confirmed address is at the domain printed in the author's affiliation. */
  EMAIL_DOMAIN
}
