package org.follicle.library;

import java.util.Optional;
import org.follicle.account.AccountView;
import org.follicle.account.CurrentUser;
import org.follicle.catalog.PaperPageSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The Save (or Unsave) button under the paper's title, or a link to sign in to save it. */
@Component
@Order(2)
class SaveButtonSection implements PaperPageSection {

  private final SavedPapers saved;
  private final CurrentUser currentUser;

  SaveButtonSection(SavedPapers saved, CurrentUser currentUser) {
    this.saved = saved;
    this.currentUser = currentUser;
  }

  /** What the button shows: whether someone with an account is signed in and saved the paper. */
  record SaveButton(long paperId, boolean signedIn, boolean saved) {}

  @Override
  public Placement placement() {
    return Placement.LEAD;
  }

  @Override
  public String template() {
    return "library/paper-save";
  }

  @Override
  public Optional<SaveButton> content(long paperId) {
    Optional<AccountView> reader = currentUser.current().filter(AccountView::isAccount);
    return Optional.of(
        new SaveButton(
            paperId,
            reader.isPresent(),
            reader.flatMap(r -> saved.find(r.id(), paperId)).isPresent()));
  }
}
