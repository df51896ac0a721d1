package org.follicle.authorship;

/** Where a claim of authorship stands. */
enum ClaimStatus {
  /** Waiting for a moderator. */
  PENDING,
  /** The claimant is that author. */
  VERIFIED,
  /** A moderator refused it, with a reason. */
  REJECTED
}
