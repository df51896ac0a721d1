package org.follicle.evidence;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A correction of a study fact that cannot be stored, naming the field and why; the API answers it
 * as 400 problem+json with a {@code field} property, the page shows the message by the form.
 */
class FactCorrectionRejected extends ResponseStatusException {

  private final String field;

  FactCorrectionRejected(String field, String message) {
    super(HttpStatus.BAD_REQUEST, field + ": " + message);
    this.field = field;
    getBody().setProperty("field", field);
  }

  /** The form field or JSON property at fault, such as {@code events}. */
  String field() {
    return field;
  }
}
