package org.follicle.authorship;

import org.follicle.account.AccountDataExport;
import org.springframework.stereotype.Component;

/** The account's linked ORCID iD (or null), in the export a user downloads. */
@Component
class OrcidExport implements AccountDataExport {

  // The repository, not OrcidLinking: Accounts collects the exports, and Claims needs Accounts.
  private final OrcidLinks links;

  OrcidExport(OrcidLinks links) {
    this.links = links;
  }

  @Override
  public String name() {
    return "orcid";
  }

  @Override
  public OrcidLink export(long accountId) {
    return links.ofAccount(accountId).orElse(null);
  }
}
