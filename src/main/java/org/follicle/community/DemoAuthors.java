package org.follicle.community;

import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The demo's accounts, so that pages mark what they wrote "demo account". The few ids are read once
 * and again whenever the demo adds one.
 */
@Component
class DemoAuthors {

  private final JdbcClient jdbc;
  private volatile Set<Long> ids;

  DemoAuthors(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Whether the account of this id (null: a deleted one) is a demo account. */
  public boolean wrote(Long authorId) {
    return authorId != null && ids().contains(authorId);
  }

  /** Whether the demo made its accounts already. */
  boolean exist() {
    return jdbc.sql("select count(*) from community_demo_author").query(Long.class).single() > 0;
  }

  /** Marks the account as the demo's; the ids are read again once this transaction commits. */
  void add(long accountId, String displayName) {
    jdbc.sql("insert into community_demo_author (account_id, display_name) values (?, ?)")
        .params(accountId, displayName)
        .update();
    TransactionSynchronizationManager.registerSynchronization(
        new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            ids = null;
          }
        });
  }

  private Set<Long> ids() {
    Set<Long> held = ids;
    if (held == null) {
      held =
          Set.copyOf(
              jdbc.sql("select account_id from community_demo_author").query(Long.class).list());
      ids = held;
    }
    return held;
  }
}
