package org.follicle.authorship;

import java.util.List;
import org.follicle.recommend.ReaderInterest;
import org.follicle.recommend.ReaderInterests;
import org.springframework.stereotype.Component;

/**
 * The papers a reader claimed to be an author of, as seeds of their recommendations: research near
 * one's own work counts most; a claim still waiting counts a little less, a refused one not at all.
 */
@Component
class ClaimedPaperInterests implements ReaderInterests {

  static final double VERIFIED_WEIGHT = 1;
  static final double PENDING_WEIGHT = 0.8;

  private final Claims claims;

  ClaimedPaperInterests(Claims claims) {
    this.claims = claims;
  }

  @Override
  public List<ReaderInterest> of(long accountId) {
    return claims.ofAccount(accountId).stream()
        .filter(Claim::open)
        .map(
            claim ->
                claim.verified()
                    ? new ReaderInterest(
                        claim.paperId(),
                        VERIFIED_WEIGHT,
                        "you are an author of it",
                        claim.decidedAt() == null ? claim.createdAt() : claim.decidedAt())
                    : new ReaderInterest(
                        claim.paperId(), PENDING_WEIGHT, "you claimed it", claim.createdAt()))
        .toList();
  }
}
