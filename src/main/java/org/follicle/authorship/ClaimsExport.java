package org.follicle.authorship;

import java.util.List;
import org.follicle.account.AccountDataExport;
import org.springframework.stereotype.Component;

/** The account's claims of authorship, in the export a user downloads. */
@Component
class ClaimsExport implements AccountDataExport {

  // The repository, not Claims: Accounts collects the exports, and Claims needs Accounts.
  private final ClaimRepository claims;

  ClaimsExport(ClaimRepository claims) {
    this.claims = claims;
  }

  @Override
  public String name() {
    return "authorshipClaims";
  }

  @Override
  public List<Claim> export(long accountId) {
    return claims.ofAccount(accountId);
  }
}
