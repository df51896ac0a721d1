package org.follicle.community;

import org.follicle.account.AccountDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Forgets a deleted account's flags and ban in the deletion's own transaction; the moderation log
 * keeps what moderators did, under the names they acted with.
 */
@Component
class ModerationAccountListener {

  private final ModerationStore store;

  ModerationAccountListener(ModerationStore store) {
    this.store = store;
  }

  @EventListener
  void on(AccountDeleted deleted) {
    store.forget(deleted.accountId());
  }
}
