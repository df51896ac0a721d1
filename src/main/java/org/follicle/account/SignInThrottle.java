package org.follicle.account;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Every sign-in (form, JSON, HTTP Basic, API token) passes here: an attempt counts against policy
 * {@code signin-failures} per client address and per account name (whether or not the account
 * exists), and is given back when the password was right. Once either count is spent, attempts are
 * refused unchecked until the window has room again. A failed attempt's answer says how many are
 * left in its {@code RateLimit} headers.
 */
class SignInThrottle implements AuthenticationManager {

  static final String POLICY = "signin-failures";

  private final AuthenticationManager checked;
  private final RateLimits limits;

  SignInThrottle(AuthenticationManager checked, RateLimits limits) {
    this.checked = checked;
    this.limits = limits;
  }

  @Override
  public Authentication authenticate(Authentication attempt) throws AuthenticationException {
    List<RateLimitDecision> counted = new ArrayList<>();
    for (String subject : subjects(attempt)) {
      RateLimitDecision decision = limits.hit(POLICY, subject);
      if (!decision.allowed()) {
        counted.forEach(limits::giveBack);
        throw new SignInThrottled(decision);
      }
      counted.add(decision);
    }
    try {
      Authentication signedIn = checked.authenticate(attempt);
      counted.forEach(limits::giveBack);
      return signedIn;
    } catch (AuthenticationException failure) {
      if (failure instanceof BadCredentialsException) {
        limits.report(counted);
      } else {
        // The right password of an account that cannot sign in yet (unconfirmed): not a guess.
        counted.forEach(limits::giveBack);
      }
      throw failure;
    }
  }

  private static List<String> subjects(Authentication attempt) {
    List<String> subjects = new ArrayList<>();
    if (attempt.getDetails() instanceof WebAuthenticationDetails web
        && web.getRemoteAddress() != null) {
      subjects.add("ip:" + web.getRemoteAddress());
    }
    // A bearer token names no account before it is checked; its guesses count per address only.
    if (!(attempt instanceof BearerTokenAuthentication)) {
      subjects.add("account:" + Account.key(String.valueOf(attempt.getName())));
    }
    return subjects;
  }
}
