package org.follicle.account;

import java.io.Serial;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A request's personal API token: first the secret from its {@code Authorization: Bearer} header,
 * then, once checked, the token's account with the roles it has now.
 */
final class BearerTokenAuthentication extends AbstractAuthenticationToken {

  @Serial private static final long serialVersionUID = 1L;

  /** What an unchecked attempt is called; never the secret, which would end up in logs. */
  private static final String UNCHECKED = "bearer token";

  private final Object principal;
  private String secret;

  private BearerTokenAuthentication(String secret) {
    super(List.of());
    this.principal = UNCHECKED;
    this.secret = secret;
  }

  private BearerTokenAuthentication(AccountPrincipal account, Object details) {
    super(account.getAuthorities());
    this.principal = account;
    setDetails(details);
    setAuthenticated(true);
  }

  static BearerTokenAuthentication unchecked(String secret) {
    return new BearerTokenAuthentication(secret);
  }

  static BearerTokenAuthentication signedIn(AccountPrincipal account, Object details) {
    return new BearerTokenAuthentication(account, details);
  }

  @Override
  public Object getCredentials() {
    return secret;
  }

  @Override
  public Object getPrincipal() {
    return principal;
  }

  @Override
  public void eraseCredentials() {
    super.eraseCredentials();
    secret = null;
  }
}
