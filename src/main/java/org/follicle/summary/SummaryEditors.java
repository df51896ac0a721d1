package org.follicle.summary;

import org.follicle.account.AccessRefused;
import org.follicle.account.AccountView;
import org.follicle.account.CurrentUser;
import org.follicle.account.Role;
import org.follicle.authorship.VerifiedAuthors;
import org.springframework.stereotype.Component;

/**
 * Who may edit a paper's TLDR and plain-language summary: moderators (admins are moderators too)
 * and the paper's verified authors, who know best what their study found.
 */
@Component
class SummaryEditors {

  private final CurrentUser currentUser;
  private final VerifiedAuthors authors;

  SummaryEditors(CurrentUser currentUser, VerifiedAuthors authors) {
    this.currentUser = currentUser;
    this.authors = authors;
  }

  /** Whether the visitor may edit the paper's summaries, to offer the Edit link or not. */
  boolean mayEdit(long paperId) {
    return currentUser.current().map(user -> mayEdit(user, paperId)).orElse(false);
  }

  /**
   * The name to record as the editor of the paper's summaries; throws {@link AccessRefused} (401 or
   * 403) when the visitor may not edit them.
   */
  String requireEditor(long paperId) {
    AccountView user = currentUser.require(Role.READER);
    if (!mayEdit(user, paperId)) {
      throw AccessRefused.forbidden(
          "Only moderators, admins and the paper's verified authors edit its summaries");
    }
    return user.username();
  }

  private boolean mayEdit(AccountView user, long paperId) {
    return user.has(Role.MODERATOR)
        || (user.isAccount() && authors.isVerifiedAuthor(user.id(), paperId));
  }
}
