package org.follicle.account;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused unchecked because too many failed from its address or for its name. */
class SignInThrottled extends AuthenticationException {

  private final transient RateLimitDecision decision;

  SignInThrottled(RateLimitDecision decision) {
    super("Too many failed sign-ins; try again in %d seconds".formatted(decision.seconds()));
    this.decision = decision;
  }

  RateLimitExceeded asProblem() {
    return new RateLimitExceeded(decision, "failed sign-ins");
  }
}
