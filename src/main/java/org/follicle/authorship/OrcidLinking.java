package org.follicle.authorship;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An account's linked ORCID iD: linking one (which verifies the account's waiting claims on authors
 * with that iD) and unlinking it. Claims verified through the iD stay verified: the sign-in at
 * ORCID proved them when it happened.
 */
@Service
class OrcidLinking {

  private final OrcidLinks links;
  private final Claims claims;
  private final Clock clock;

  OrcidLinking(OrcidLinks links, Claims claims, Clock clock) {
    this.links = links;
    this.claims = claims;
    this.clock = clock;
  }

  /** Links the proven iD to the account; returns the waiting claims it verified. */
  @Transactional
  List<Claim> link(long accountId, OrcidId orcid) {
    if (links.accountOf(orcid).filter(other -> other != accountId).isPresent()) {
      throw alreadyLinked(orcid);
    }
    try {
      links.link(accountId, orcid, clock.instant());
    } catch (DuplicateKeyException e) {
      throw alreadyLinked(orcid);
    }
    return claims.verifyByOrcid(accountId, orcid);
  }

  /** Removes the account's link; false when it had none. */
  @Transactional
  boolean unlink(long accountId) {
    return links.unlink(accountId);
  }

  @Transactional(readOnly = true)
  Optional<OrcidLink> linked(long accountId) {
    return links.ofAccount(accountId);
  }

  private static ClaimRefused alreadyLinked(OrcidId orcid) {
    return new ClaimRefused(
        HttpStatus.CONFLICT,
        "ORCID iD %s is linked to another Follicle account; unlink it there first"
            .formatted(orcid.value()));
  }
}
