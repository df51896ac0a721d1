package org.follicle.authorship;

import org.follicle.account.AccountDeleted;
import org.follicle.catalog.PapersDeleted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Claims go with the account that made them and with the paper they are on. */
@Component
class ClaimsOfGoneAccountsAndPapers {

  private final Claims claims;

  ClaimsOfGoneAccountsAndPapers(Claims claims) {
    this.claims = claims;
  }

  @ApplicationModuleListener
  void on(AccountDeleted deleted) {
    claims.forgetAccount(deleted.accountId());
  }

  @ApplicationModuleListener
  void on(PapersDeleted deleted) {
    claims.forgetPapers(deleted.paperIds());
  }
}
