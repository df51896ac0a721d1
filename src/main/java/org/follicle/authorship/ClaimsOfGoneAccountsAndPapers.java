package org.follicle.authorship;

import org.follicle.account.AccountDeleted;
import org.follicle.catalog.PapersDeleted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Claims go with the account that made them and with the paper they are on; a linked ORCID iD goes
 * with its account.
 */
@Component
class ClaimsOfGoneAccountsAndPapers {

  private final Claims claims;
  private final OrcidLinks orcidLinks;

  ClaimsOfGoneAccountsAndPapers(Claims claims, OrcidLinks orcidLinks) {
    this.claims = claims;
    this.orcidLinks = orcidLinks;
  }

  @ApplicationModuleListener
  void on(AccountDeleted deleted) {
    claims.forgetAccount(deleted.accountId());
    orcidLinks.unlink(deleted.accountId());
  }

  @ApplicationModuleListener
  void on(PapersDeleted deleted) {
    claims.forgetPapers(deleted.paperIds());
  }
}
