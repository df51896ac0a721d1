package org.follicle.authorship;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;

/**
 * One account's claim to be the author at one place in a paper's byline.
 *
 * @param authorPosition the 1-based place in the byline
 * @param authorName the name printed there when the claim was made
 * @param verifiedBy what verified it, null unless verified
 * @param decisionNote why it was verified (in words) or the moderator's reason to reject it
 * @param decidedBy the moderator who decided, or null
 */
record Claim(
    long id,
    long paperId,
    @JsonIgnore long accountId,
    String username,
    int authorPosition,
    String authorName,
    ClaimStatus status,
    Verification verifiedBy,
    String decisionNote,
    String decidedBy,
    Instant createdAt,
    Instant decidedAt) {

  boolean verified() {
    return status == ClaimStatus.VERIFIED;
  }

  /** Whether the claim still counts: waiting or verified, not rejected. */
  boolean open() {
    return status != ClaimStatus.REJECTED;
  }
}
