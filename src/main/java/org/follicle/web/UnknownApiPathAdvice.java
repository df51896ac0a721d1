package org.follicle.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address under {@code /api/} that no endpoint serves is answered as the API answers every
 * error, in problem+json; elsewhere the HTML 404 page stays.
 */
// Unscoped: Spring consults only global advice for the static-resource handler that raises this.
@RestControllerAdvice
class UnknownApiPathAdvice {

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<ProblemDetail> unknownPath(NoResourceFoundException e, HttpServletRequest request)
      throws NoResourceFoundException {
    if (!request.getRequestURI().startsWith("/api/")) {
      throw e;
    }
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.NOT_FOUND,
            "No API endpoint at " + request.getRequestURI() + "; see /v3/api-docs");
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
  }
}
