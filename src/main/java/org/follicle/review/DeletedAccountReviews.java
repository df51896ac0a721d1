package org.follicle.review;

import org.follicle.account.AccountDeleted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Removes a deleted account's ratings and reviews, and their share of the papers' totals, once the
 * deletion has committed; the event registry runs it again if it fails.
 */
@Component
class DeletedAccountReviews {

  private final Reviews reviews;

  DeletedAccountReviews(Reviews reviews) {
    this.reviews = reviews;
  }

  @ApplicationModuleListener
  void on(AccountDeleted deleted) {
    reviews.forget(deleted.accountId());
  }
}
