package org.follicle.request;

import org.follicle.account.AccountDeleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps a deleted account's requests and answers readable as "a deleted account". It runs in the
 * deletion's own transaction, so no moment passes with the account gone but its name still shown;
 * its follows and notifications go with the account row (foreign keys).
 */
@Component
class RequestAccountListener {

  private final RequestStore store;

  RequestAccountListener(RequestStore store) {
    this.store = store;
  }

  @EventListener
  void on(AccountDeleted deleted) {
    store.anonymise(deleted.accountId());
  }
}
