package org.follicle.authorship;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who is a verified author of which paper, for modules that let authors do more. */
@Service
public class VerifiedAuthors {

  private final ClaimRepository claims;

  VerifiedAuthors(ClaimRepository claims) {
    this.claims = claims;
  }

  /** Whether the account holds a verified claim of authorship on the paper. */
  @Transactional(readOnly = true)
  public boolean isVerifiedAuthor(long accountId, long paperId) {
    return claims.isVerified(accountId, paperId);
  }

  /** The ids of the accounts verified as authors of the paper, lowest first. */
  @Transactional(readOnly = true)
  public List<Long> verifiedAuthorAccounts(long paperId) {
    return claims.verifiedAccountsOf(paperId);
  }
}
