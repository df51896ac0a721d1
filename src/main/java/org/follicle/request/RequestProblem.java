package org.follicle.request;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Why a request, answer or status change was refused: the API answers it in problem+json (with the
 * {@code field} at fault for a 400), pages on the error page with the same reason.
 */
class RequestProblem extends ResponseStatusException {

  private RequestProblem(HttpStatus status, String reason) {
    super(status, reason);
  }

  /** 400 naming the form field or JSON property at fault. */
  static RequestProblem field(String field, String reason) {
    RequestProblem problem = new RequestProblem(HttpStatus.BAD_REQUEST, reason);
    problem.getBody().setProperty("field", field);
    return problem;
  }

  static RequestProblem notFound(String reason) {
    return new RequestProblem(HttpStatus.NOT_FOUND, reason);
  }

  static RequestProblem forbidden(String reason) {
    return new RequestProblem(HttpStatus.FORBIDDEN, reason);
  }

  static RequestProblem tooLarge(String reason) {
    return new RequestProblem(HttpStatus.CONTENT_TOO_LARGE, reason);
  }
}
