package org.follicle.account;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A 429 answer: a rate limit is spent. It carries the {@code RateLimit}, {@code RateLimit-Policy}
 * and {@code Retry-After} headers; the API answers it in problem+json, pages with the error page.
 */
public class RateLimitExceeded extends ResponseStatusException {

  private final transient RateLimitDecision decision;

  RateLimitExceeded(RateLimitDecision decision, String what) {
    super(
        HttpStatus.TOO_MANY_REQUESTS,
        "Too many %s; try again in %d seconds".formatted(what, decision.seconds()));
    this.decision = decision;
  }

  /** The spent limit. */
  public RateLimitDecision decision() {
    return decision;
  }

  @Override
  public HttpHeaders getHeaders() {
    HttpHeaders headers = new HttpHeaders();
    headers.set("RateLimit-Policy", decision.policyHeader());
    headers.set("RateLimit", decision.limitHeader());
    headers.set(HttpHeaders.RETRY_AFTER, Long.toString(decision.seconds()));
    return headers;
  }
}
