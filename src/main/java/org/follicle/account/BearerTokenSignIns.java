package org.follicle.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.Authentication;

/**
 * Checks a personal API token against the stored hashes and signs the request in as the token's
 * account, loaded afresh each time: a role granted or revoked since the token was made counts at
 * once, and a deleted account's tokens are gone with it.
 */
class BearerTokenSignIns implements AuthenticationProvider {

  private final ApiTokens tokens;
  private final AccountSignIns accounts;

  BearerTokenSignIns(ApiTokens tokens, AccountSignIns accounts) {
    this.tokens = tokens;
    this.accounts = accounts;
  }

  @Override
  public Authentication authenticate(Authentication attempt) {
    AccountPrincipal account =
        tokens
            .accountOf(String.valueOf(attempt.getCredentials()))
            .flatMap(accounts::loadById)
            .orElseThrow(() -> new BadCredentialsException("Unknown, revoked or expired token"));
    if (!account.isEnabled()) {
      throw new DisabledException("The token's account is not confirmed");
    }
    account.eraseCredentials();
    return BearerTokenAuthentication.signedIn(account, attempt.getDetails());
  }

  @Override
  public boolean supports(Class<?> attempt) {
    return BearerTokenAuthentication.class.isAssignableFrom(attempt);
  }
}
