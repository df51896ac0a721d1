package org.follicle.review;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A 400 answer to a rating or review that cannot be stored, naming the field (also as the {@code
 * field} member of the problem) so the form or the API client knows what to fix.
 */
class ReviewRejected extends ResponseStatusException {

  ReviewRejected(String field, String reason) {
    super(HttpStatus.BAD_REQUEST, "'" + field + "' " + reason);
    getBody().setProperty("field", field);
  }
}
