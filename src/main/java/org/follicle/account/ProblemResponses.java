package org.follicle.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/** Problem+json answers written by security filters, which run before any controller advice. */
final class ProblemResponses {

  private ProblemResponses() {}

  static void write(
      JsonMapper json,
      HttpServletRequest request,
      HttpServletResponse response,
      HttpStatus status,
      String detail)
      throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("title", status.getReasonPhrase());
    problem.put("status", status.value());
    problem.put("detail", detail);
    problem.put("instance", request.getRequestURI());
    json.writeValue(response.getWriter(), problem);
  }

  static void tooManyRequests(
      JsonMapper json,
      HttpServletRequest request,
      HttpServletResponse response,
      RateLimitExceeded limit)
      throws IOException {
    limit.getHeaders().forEach((name, values) -> response.setHeader(name, values.get(0)));
    write(json, request, response, HttpStatus.TOO_MANY_REQUESTS, limit.getReason());
  }
}
