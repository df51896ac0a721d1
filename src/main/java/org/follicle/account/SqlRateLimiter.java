package org.follicle.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sliding-window counters in the database, shared by every node. Counting a hit locks the subject's
 * row first, so two nodes (or threads) cannot both take the last hit of a window.
 */
@Component
class SqlRateLimiter {

  private static final int ATTEMPTS = 3;

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final Clock clock;

  SqlRateLimiter(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
    // Its own transaction: a limit counts even when the caller's work is rolled back.
    this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  /** Counts a hit of the subject when the window has room; says whether it had. */
  RateLimitDecision hit(RateLimitPolicy policy, String subject) {
    for (int attempt = 1; ; attempt++) {
      try {
        return transaction.execute(status -> countLocked(policy, subject));
      } catch (DuplicateKeyException e) {
        // Another node created the subject's row at the same moment; it exists now.
        if (attempt == ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  /** Gives a counted hit back (a sign-in that succeeded does not count as a failure). */
  void giveBack(long hitId) {
    transaction.executeWithoutResult(
        status -> jdbc.sql("delete from rate_limit_hit where id = ?").param(hitId).update());
  }

  private RateLimitDecision countLocked(RateLimitPolicy policy, String subject) {
    String key = policy.name() + ":" + subject;
    boolean known =
        !jdbc.sql("select subject from rate_limit_subject where subject = ? for update")
            .param(key)
            .query(String.class)
            .list()
            .isEmpty();
    if (!known) {
      jdbc.sql("insert into rate_limit_subject (subject) values (?)").param(key).update();
    }
    Instant now = clock.instant();
    Timestamp windowStart = Timestamp.from(now.minus(policy.window()));
    jdbc.sql("delete from rate_limit_hit where subject = ? and hit_at <= ?")
        .param(key)
        .param(windowStart)
        .update();
    int counted =
        jdbc.sql("select count(*) from rate_limit_hit where subject = ?")
            .param(key)
            .query(Integer.class)
            .single();
    Duration reset =
        jdbc.sql("select min(hit_at) from rate_limit_hit where subject = ?")
            .param(key)
            .query(Timestamp.class)
            .optional()
            .map(oldest -> Duration.between(now, oldest.toInstant().plus(policy.window())))
            .orElse(policy.window());
    if (counted >= policy.limit()) {
      return new RateLimitDecision(policy, false, 0, reset, 0);
    }
    var keys = new GeneratedKeyHolder();
    jdbc.sql("insert into rate_limit_hit (subject, hit_at) values (?, ?)")
        .param(key)
        .param(Timestamp.from(now))
        .update(keys, "id");
    long hitId = keys.getKeyAs(Number.class).longValue();
    return new RateLimitDecision(policy, true, policy.limit() - counted - 1, reset, hitId);
  }
}
