package org.follicle.account;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;

/**
 * Reads {@code Authorization: Bearer <token>} (RFC 6750); any other request is left to the other
 * sign-ins. The client's address goes with the attempt, for the sign-in throttle.
 */
class BearerTokenConverter implements AuthenticationConverter {

  private static final String SCHEME = "Bearer ";

  private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();

  @Override
  public BearerTokenAuthentication convert(HttpServletRequest request) {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      return null;
    }
    String secret = header.substring(SCHEME.length()).strip();
    if (secret.isEmpty()) {
      throw new BadCredentialsException("The Bearer header has no token");
    }
    BearerTokenAuthentication attempt = BearerTokenAuthentication.unchecked(secret);
    attempt.setDetails(details.buildDetails(request));
    return attempt;
  }
}
