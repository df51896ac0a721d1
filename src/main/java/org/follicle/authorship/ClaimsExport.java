package org.follicle.authorship;

import java.util.List;
import org.follicle.account.AccountDataExport;
import org.springframework.stereotype.Component;

/** The account's claims of authorship, in the export a user downloads. */
@Component
class ClaimsExport implements AccountDataExport {

  private final Claims claims;

  ClaimsExport(Claims claims) {
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
