package org.follicle.community;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Why a post, comment, vote or channel was refused: the API answers it in problem+json (with the
 * {@code field} at fault for a 400 or 413), pages on the error page with the same reason.
 */
class CommunityProblem extends ResponseStatusException {

  private CommunityProblem(HttpStatus status, String reason) {
    super(status, reason);
  }

  /** 400 naming the form field or JSON property at fault. */
  static CommunityProblem field(String field, String reason) {
    return withField(new CommunityProblem(HttpStatus.BAD_REQUEST, reason), field);
  }

  /** 413 naming the form field or JSON property that is too long. */
  static CommunityProblem tooLong(String field, String reason) {
    return withField(new CommunityProblem(HttpStatus.CONTENT_TOO_LARGE, reason), field);
  }

  static CommunityProblem notFound(String reason) {
    return new CommunityProblem(HttpStatus.NOT_FOUND, reason);
  }

  static CommunityProblem forbidden(String reason) {
    return new CommunityProblem(HttpStatus.FORBIDDEN, reason);
  }

  static CommunityProblem conflict(String field, String reason) {
    return withField(new CommunityProblem(HttpStatus.CONFLICT, reason), field);
  }

  private static CommunityProblem withField(CommunityProblem problem, String field) {
    problem.getBody().setProperty("field", field);
    return problem;
  }
}
