package org.follicle.account;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Rate limits for writes (sign-up here; rating, reviewing, requesting and posting in their
 * modules), kept in the database so every node counts the same hits. A module names a policy
 * configured as {@code follicle.rate-limits.NAME.limit} and {@code .window} and calls {@link
 * #consume(String)} before it writes.
 */
@Component
public class RateLimits {

  private final SqlRateLimiter limiter;
  private final RateLimitProperties properties;
  private final CurrentUser currentUser;

  RateLimits(SqlRateLimiter limiter, RateLimitProperties properties, CurrentUser currentUser) {
    this.limiter = limiter;
    this.properties = properties;
    this.currentUser = currentUser;
  }

  /**
   * Counts one action of the current request against the policy, per client IP address and, when
   * someone is signed in, per account. Sets the {@code RateLimit} headers of the tighter count on
   * the response.
   *
   * @throws RateLimitExceeded (429) when either count is spent; nothing is counted then
   * @throws IllegalStateException when no policy of that name is configured
   */
  public void consume(String policyName) {
    RateLimitPolicy policy = properties.policy(policyName);
    ServletRequestAttributes request = currentRequest();
    List<String> subjects = new ArrayList<>();
    subjects.add("ip:" + request.getRequest().getRemoteAddr());
    currentUser.current().ifPresent(user -> subjects.add("user:" + Account.key(user.username())));
    List<RateLimitDecision> counted = new ArrayList<>();
    for (String subject : subjects) {
      RateLimitDecision decision = limiter.hit(policy, subject);
      if (!decision.allowed()) {
        counted.forEach(hit -> limiter.giveBack(hit.hitId()));
        throw new RateLimitExceeded(decision, "requests (" + policyName + ")");
      }
      counted.add(decision);
    }
    report(counted);
  }

  /** Sets the {@code RateLimit} headers of the tightest of the counts on the current response. */
  void report(List<RateLimitDecision> counted) {
    if (counted.isEmpty()
        || !(RequestContextHolder.getRequestAttributes()
            instanceof ServletRequestAttributes request)
        || request.getResponse() == null) {
      return;
    }
    RateLimitDecision tightest =
        counted.stream().min(Comparator.comparingInt(RateLimitDecision::remaining)).orElseThrow();
    HttpServletResponse response = request.getResponse();
    response.setHeader("RateLimit-Policy", tightest.policyHeader());
    response.setHeader("RateLimit", tightest.limitHeader());
  }

  /** Counts a hit of one subject (such as {@code "ip:10.0.0.1"}) against the named policy. */
  RateLimitDecision hit(String policyName, String subject) {
    return limiter.hit(properties.policy(policyName), subject);
  }

  void giveBack(RateLimitDecision decision) {
    if (decision.hitId() != 0) {
      limiter.giveBack(decision.hitId());
    }
  }

  private static ServletRequestAttributes currentRequest() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
      return request;
    }
    throw new IllegalStateException("Rate limits count web requests; this thread serves none");
  }
}
