package org.follicle.library;

import org.follicle.account.AccountDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Forgets a deleted account's saved papers in the deletion's own transaction: one statement, and no
 * moment passes with the account gone but its list kept.
 */
@Component
class DeletedAccountSavedPapers {

  private final SavedPapers saved;

  DeletedAccountSavedPapers(SavedPapers saved) {
    this.saved = saved;
  }

  @EventListener
  void on(AccountDeleted deleted) {
    saved.forget(deleted.accountId());
  }
}
