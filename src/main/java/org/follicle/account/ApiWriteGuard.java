package org.follicle.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Why the API needs no CSRF token: its writes take only {@code Content-Type: application/json},
 * which a cross-site form cannot send (and a cross-site script cannot without the CORS approval
 * Follicle never gives). Uploads (multipart) are the exception, and only with credentials in the
 * {@code Authorization} header (HTTP Basic or a bearer token), which a browser never adds to
 * another site's form on its own. Anything else gets 415 in problem+json.
 */
class ApiWriteGuard extends OncePerRequestFilter {

  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

  private final JsonMapper json;

  ApiWriteGuard(JsonMapper json) {
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith("/api/") || READS.contains(request.getMethod());
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    MediaType type = contentType(request);
    boolean jsonBody =
        type != null
            && (MediaType.APPLICATION_JSON.isCompatibleWith(type)
                || type.getSubtype().endsWith("+json"));
    boolean upload =
        type != null
            && MediaType.MULTIPART_FORM_DATA.isCompatibleWith(type)
            && request.getHeader(HttpHeaders.AUTHORIZATION) != null;
    if (jsonBody || upload) {
      chain.doFilter(request, response);
      return;
    }
    ProblemResponses.write(
        json,
        request,
        response,
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        "API writes take Content-Type: application/json (uploads: multipart/form-data with"
            + " HTTP Basic or Bearer credentials); this request had "
            + (type == null ? "none" : type.toString()));
  }

  private static MediaType contentType(HttpServletRequest request) {
    try {
      return request.getContentType() == null
          ? null
          : MediaType.parseMediaType(request.getContentType());
    } catch (org.springframework.util.InvalidMimeTypeException e) {
      return null;
    }
  }
}
