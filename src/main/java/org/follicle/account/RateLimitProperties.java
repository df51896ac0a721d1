package org.follicle.account;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The rate limits by name: {@code follicle.rate-limits.signup.limit=5}, {@code .window=1h}. */
@org.springframework.stereotype.Component
@ConfigurationProperties("follicle")
class RateLimitProperties {

  /** One policy's settings. */
  static class Limit {
    private int limit;
    private Duration window;

    public int getLimit() {
      return limit;
    }

    public void setLimit(int limit) {
      this.limit = limit;
    }

    public Duration getWindow() {
      return window;
    }

    public void setWindow(Duration window) {
      this.window = window;
    }
  }

  private Map<String, Limit> rateLimits = new TreeMap<>();

  public Map<String, Limit> getRateLimits() {
    return rateLimits;
  }

  public void setRateLimits(Map<String, Limit> rateLimits) {
    this.rateLimits = rateLimits;
  }

  RateLimitPolicy policy(String name) {
    Limit limit = rateLimits.get(name);
    if (limit == null || limit.getWindow() == null) {
      throw new IllegalStateException(
          "No rate limit '%s': set follicle.rate-limits.%s.limit and .window"
              .formatted(name, name));
    }
    return new RateLimitPolicy(name, limit.getLimit(), limit.getWindow());
  }
}
