package org.follicle.account;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Thrown by {@link CurrentUser} when the visitor may not do what was asked: 401 when nobody is
 * signed in, 403 when the signed-in account lacks the role. The API answers it in problem+json.
 */
public class AccessRefused extends ResponseStatusException {

  AccessRefused(HttpStatus status, String reason) {
    super(status, reason);
  }

  /** A 403 for a signed-in user whom a module's own rule refuses, saying why. */
  public static AccessRefused forbidden(String reason) {
    return new AccessRefused(HttpStatus.FORBIDDEN, reason);
  }

  static AccessRefused signInRequired() {
    return new AccessRefused(
        HttpStatus.UNAUTHORIZED, "Sign in first (POST /api/auth/signin, or the /signin page)");
  }

  static AccessRefused roleRequired(Role role) {
    return new AccessRefused(
        HttpStatus.FORBIDDEN,
        "This needs the role " + role.name().toLowerCase(java.util.Locale.ROOT));
  }
}
