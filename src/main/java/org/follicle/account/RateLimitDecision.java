package org.follicle.account;

import java.time.Duration;
import java.util.Locale;

/**
 * The outcome of counting a hit against a {@link RateLimitPolicy}, with the {@code RateLimit} and
 * {@code RateLimit-Policy} header values (IETF draft-ietf-httpapi-ratelimit-headers).
 *
 * @param policy the policy counted against
 * @param allowed whether the hit was within the limit (and was counted)
 * @param remaining how many more hits the window takes now
 * @param reset when the oldest counted hit leaves the window (0 when none is counted)
 * @param hitId the stored hit, which a caller may give back; 0 when none was stored
 */
public record RateLimitDecision(
    RateLimitPolicy policy, boolean allowed, int remaining, Duration reset, long hitId) {

  /** The {@code RateLimit-Policy} header: {@code "signup";q=5;w=3600}. */
  public String policyHeader() {
    return String.format(
        Locale.ROOT,
        "\"%s\";q=%d;w=%d",
        policy.name(),
        policy.limit(),
        policy.window().toSeconds());
  }

  /** The {@code RateLimit} header: {@code "signup";r=4;t=3599}. */
  public String limitHeader() {
    return String.format(Locale.ROOT, "\"%s\";r=%d;t=%d", policy.name(), remaining, seconds());
  }

  /** Whole seconds until the window has room again, for {@code Retry-After}. */
  public long seconds() {
    return Math.max(0, (reset.toMillis() + 999) / 1000);
  }
}
