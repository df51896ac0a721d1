package org.follicle.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a form or JSON body over the limit with 413 before anything reads it: a problem+json on
 * the API, the error page on pages. Without it Tomcat drops the fields of too large a form without
 * a word, and the user would be told the title is empty or the form has expired. Uploads
 * (multipart) have their own, larger limit.
 */
class RequestBodyLimit extends OncePerRequestFilter {

  private final DataSize limit;
  private final JsonMapper json;

  RequestBodyLimit(DataSize limit, JsonMapper json) {
    this.limit = limit;
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String type = request.getContentType();
    return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long length = request.getContentLengthLong();
    if (length <= limit.toBytes()) {
      chain.doFilter(request, response);
      return;
    }
    String detail = detail(length, limit);
    if (request.getRequestURI().startsWith("/api/")) {
      writeProblem(request, response, detail);
    } else {
      response.sendError(HttpStatus.CONTENT_TOO_LARGE.value(), detail);
    }
  }

  static String detail(long length, DataSize limit) {
    return String.format(
        Locale.ROOT,
        "The request body is %,d bytes, over the limit of %,d bytes (%s) for a form or JSON"
            + " write; shorten the text (each field's own limit in characters is given with the"
            + " field) and send it again.",
        length,
        limit.toBytes(),
        readable(limit));
  }

  private static String readable(DataSize size) {
    return size.toKilobytes() >= 1024 && size.toBytes() % (1024 * 1024) == 0
        ? size.toMegabytes() + " MB"
        : size.toKilobytes() + " KB";
  }

  private void writeProblem(HttpServletRequest request, HttpServletResponse response, String detail)
      throws IOException {
    response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("title", HttpStatus.CONTENT_TOO_LARGE.getReasonPhrase());
    problem.put("status", HttpStatus.CONTENT_TOO_LARGE.value());
    problem.put("detail", detail);
    problem.put("instance", request.getRequestURI());
    json.writeValue(response.getWriter(), problem);
  }
}
