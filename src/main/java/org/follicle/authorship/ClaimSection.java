package org.follicle.authorship;

import java.util.List;

/**
 * What the paper page shows about claims: the verified authors, the visitor's own latest claim, and
 * the authors they may still claim.
 *
 * @param own the signed-in visitor's latest claim on the paper, or null
 * @param choices the byline positions nobody else is verified for
 * @param signedIn whether someone with an account is signed in (else a link to sign in)
 */
record ClaimSection(
    long paperId, List<Claim> verified, Claim own, List<AuthorChoice> choices, boolean signedIn) {

  /** One author of the byline that can be claimed. */
  record AuthorChoice(int position, String name) {}

  /** Whether the visitor can make a new claim: signed in, and no claim waiting or verified. */
  public boolean canClaim() {
    return signedIn && (own == null || !own.open()) && !choices.isEmpty();
  }
}
