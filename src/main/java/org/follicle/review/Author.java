package org.follicle.review;

import org.follicle.account.AccountView;

/** Who writes a review: the account's id, username and the name it shows others. */
record Author(long accountId, String username, String name) {

  private static final int MAX_NAME = 80;

  static Author of(AccountView account) {
    String shown = account.displayName() == null ? account.username() : account.displayName();
    return new Author(
        account.id(),
        account.username(),
        shown.length() > MAX_NAME ? shown.substring(0, MAX_NAME) : shown);
  }
}
