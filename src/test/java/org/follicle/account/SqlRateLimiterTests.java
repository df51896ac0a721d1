package org.follicle.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The database counter under concurrent hits, and the headers it gives. */
@SpringBootTest
class SqlRateLimiterTests {

  @Autowired SqlRateLimiter limiter;

  @Test
  void concurrentHitsOnOneSubjectNeverTakeMoreThanTheLimit() throws Exception {
    RateLimitPolicy policy = new RateLimitPolicy("concurrency-test", 10, Duration.ofMinutes(10));
    String subject = AccountFlowTests.uniqueName("burst");
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Boolean>> hits = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        hits.add(() -> limiter.hit(policy, subject).allowed());
      }
      long allowed = 0;
      for (Future<Boolean> hit : pool.invokeAll(hits)) {
        allowed += hit.get() ? 1 : 0;
      }
      assertThat(allowed).isEqualTo(10);
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void aGivenBackHitMakesRoomAndTheHeadersSayWhatIsLeft() {
    RateLimitPolicy policy = new RateLimitPolicy("give-back-test", 2, Duration.ofSeconds(90));
    String subject = AccountFlowTests.uniqueName("refund");
    RateLimitDecision first = limiter.hit(policy, subject);
    assertThat(first.limitHeader()).startsWith("\"give-back-test\";r=1;t=");
    assertThat(first.policyHeader()).isEqualTo("\"give-back-test\";q=2;w=90");
    assertThat(limiter.hit(policy, subject).remaining()).isZero();
    RateLimitDecision refused = limiter.hit(policy, subject);
    assertThat(refused.allowed()).isFalse();
    assertThat(refused.seconds()).isBetween(1L, 90L);

    limiter.giveBack(first.hitId());
    assertThat(limiter.hit(policy, subject).allowed()).isTrue();
    assertThat(limiter.hit(policy, subject).allowed()).isFalse();
  }
}
