package org.follicle.account;

import java.time.Duration;

/**
 * At most {@code limit} hits per subject within any {@code window} (a sliding window), set as
 * {@code follicle.rate-limits.NAME.limit} and {@code .window}.
 *
 * @param name the policy's name, as in the properties and the {@code RateLimit-Policy} header
 * @param limit how many hits the window holds
 * @param window how far back hits count
 */
public record RateLimitPolicy(String name, int limit, Duration window) {

  public RateLimitPolicy {
    if (limit < 1 || window.isZero() || window.isNegative()) {
      throw new IllegalArgumentException(
          "rate limit '%s' needs a limit of at least 1 and a positive window".formatted(name));
    }
  }
}
