package org.follicle.authorship;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A claim, withdrawal or decision that cannot be done, with the status the API answers (400 naming
 * the field, 403, 404, 409) and a message the pages show as it is.
 */
class ClaimRefused extends ResponseStatusException {

  ClaimRefused(HttpStatus status, String message) {
    super(status, message);
  }

  /** A bad value of a field of the request (400, with a {@code field} property). */
  static ClaimRefused field(String field, String message) {
    ClaimRefused refused = new ClaimRefused(HttpStatus.BAD_REQUEST, message);
    refused.getBody().setProperty("field", field);
    return refused;
  }
}
