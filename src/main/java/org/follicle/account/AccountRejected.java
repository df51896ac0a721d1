package org.follicle.account;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A sign-up, profile, password or token that cannot be accepted, naming the field and why; the API
 * answers it as 400 problem+json with a {@code field} property.
 */
class AccountRejected extends ResponseStatusException {

  private final String field;

  AccountRejected(String field, String message) {
    super(HttpStatus.BAD_REQUEST, message);
    this.field = field;
    getBody().setProperty("field", field);
  }

  /** The form field or JSON property at fault, such as {@code username}. */
  String field() {
    return field;
  }
}
