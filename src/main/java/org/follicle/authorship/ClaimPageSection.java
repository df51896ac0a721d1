package org.follicle.authorship;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.follicle.account.AccountView;
import org.follicle.account.CurrentUser;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.PaperPageSection;
import org.springframework.stereotype.Component;

/**
 * "I am an author on this paper — claim it" under the paper's title: the verified authors with
 * their badge, the visitor's own claim and its status, and the form to claim.
 */
@Component
class ClaimPageSection implements PaperPageSection {

  private final Claims claims;
  private final Catalog catalog;
  private final CurrentUser currentUser;

  ClaimPageSection(Claims claims, Catalog catalog, CurrentUser currentUser) {
    this.claims = claims;
    this.catalog = catalog;
    this.currentUser = currentUser;
  }

  @Override
  public Placement placement() {
    return Placement.LEAD;
  }

  @Override
  public String template() {
    return "authorship/paper-claims";
  }

  @Override
  public Optional<ClaimSection> content(long paperId) {
    // The byline is all this needs, not the whole paper again.
    List<String> authors = catalog.byline(paperId);
    if (authors.isEmpty()) {
      return Optional.empty();
    }
    List<Claim> all = claims.ofPaper(paperId);
    Optional<AccountView> user = currentUser.current().filter(AccountView::isAccount);
    long me = user.map(AccountView::id).orElse(AccountView.NO_ACCOUNT);
    List<Claim> verified = all.stream().filter(Claim::verified).toList();
    Claim own =
        all.stream()
            .filter(claim -> claim.accountId() == me)
            .reduce((first, later) -> later.id() > first.id() ? later : first)
            .orElse(null);
    Set<Integer> taken =
        verified.stream()
            .filter(claim -> claim.accountId() != me)
            .map(Claim::authorPosition)
            .collect(Collectors.toSet());
    List<ClaimSection.AuthorChoice> choices =
        IntStream.rangeClosed(1, authors.size())
            .filter(position -> !taken.contains(position))
            .mapToObj(
                position -> new ClaimSection.AuthorChoice(position, authors.get(position - 1)))
            .toList();
    return Optional.of(new ClaimSection(paperId, verified, own, choices, user.isPresent()));
  }
}
