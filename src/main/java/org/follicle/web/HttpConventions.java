package org.follicle.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import tools.jackson.databind.json.JsonMapper;

/** The body size limit of writes, ETags on the API, and the security headers of every response. */
@Configuration(proxyBeanMethods = false)
class HttpConventions {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

  // The vendored API explorer sets inline styles; it gets its own, still same-origin, policy.
  static final String API_EXPLORER_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
          + "img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

  /** First of all filters, so that a too large body is refused before security reads a form. */
  @Bean
  FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(
      @Value("${follicle.web.max-request-body:1MB}") DataSize limit, JsonMapper json) {
    var registration = new FilterRegistrationBean<>(new RequestBodyLimit(limit, json));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtags() {
    var registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
    registration.addUrlPatterns("/api/*");
    return registration;
  }

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> securityHeaders() {
    return new FilterRegistrationBean<>(
        new OncePerRequestFilter() {
          @Override
          protected void doFilterInternal(
              HttpServletRequest request, HttpServletResponse response, FilterChain chain)
              throws ServletException, IOException {
            boolean explorer = request.getRequestURI().startsWith("/swagger-ui");
            response.setHeader(
                "Content-Security-Policy",
                explorer ? API_EXPLORER_POLICY : CONTENT_SECURITY_POLICY);
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
            chain.doFilter(request, response);
          }
        });
  }
}
