package org.follicle.account;

import jakarta.servlet.DispatcherType;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * The security of every page and endpoint. Pages sign in on the {@code /signin} form (CSRF token
 * {@code _csrf} on every form); the JSON API answers 401/403 in problem+json, takes sessions or
 * HTTP Basic or a personal API token ({@code Authorization: Bearer}, on the API only, without a
 * session), and no CSRF token ({@link ApiWriteGuard} says why). Any write needs someone signed in;
 * the admin pages and API need the admin role, which the admin token also has.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class WebSecurity {

  static final String ADMIN_TOKEN_USER = "admin";

  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
  private static final RequestMatcher WRITES = request -> !READS.contains(request.getMethod());

  @Bean
  AuthenticationManager signIns(
      AccountSignIns accounts, AdminToken token, PasswordEncoder passwords, RateLimits limits) {
    DaoAuthenticationProvider accountProvider = new DaoAuthenticationProvider(accounts);
    accountProvider.setPasswordEncoder(passwords);
    // The password first, then whether the account may sign in: an unconfirmed account must not
    // tell a guesser that it exists.
    var statusChecks =
        new org.springframework.security.authentication.AccountStatusUserDetailsChecker();
    accountProvider.setPreAuthenticationChecks(user -> {});
    accountProvider.setPostAuthenticationChecks(statusChecks::check);
    DaoAuthenticationProvider tokenProvider =
        new DaoAuthenticationProvider(
            new InMemoryUserDetailsManager(
                User.withUsername(ADMIN_TOKEN_USER)
                    .password(passwords.encode(token.value()))
                    .roles(Role.ADMIN.name(), Role.MODERATOR.name(), Role.READER.name())
                    .build()));
    tokenProvider.setPasswordEncoder(passwords);
    return new SignInThrottle(new ProviderManager(accountProvider, tokenProvider), limits);
  }

  @Bean
  SecurityFilterChain webSecurityChain(
      HttpSecurity http,
      AuthenticationManager signIns,
      JsonMapper json,
      ApiTokens tokens,
      AccountSignIns accounts,
      RateLimits limits)
      throws Exception {
    RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
    AuthenticationEntryPoint apiEntryPoint = apiEntryPoint(json);
    return http.authenticationManager(signIns)
        .addFilterBefore(
            bearerTokens(api, new BearerTokenSignIns(tokens, accounts), limits, json),
            BasicAuthenticationFilter.class)
        .authorizeHttpRequests(
            requests ->
                requests
                    .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
                    .permitAll()
                    .requestMatchers(
                        "/admin/**", "/api/admin/**", "/api/imports", "/api/imports/**")
                    .hasRole(Role.ADMIN.name())
                    .requestMatchers("/account", "/account/**", "/api/account", "/api/account/**")
                    .authenticated()
                    .requestMatchers(
                        "/signin",
                        "/signin/**",
                        "/signup",
                        "/signup/**",
                        "/password-reset",
                        "/password-reset/**",
                        "/api/auth/**")
                    .permitAll()
                    .requestMatchers(WRITES)
                    .authenticated()
                    .anyRequest()
                    .permitAll())
        .formLogin(
            form ->
                form.loginPage("/signin")
                    .loginProcessingUrl("/signin")
                    .defaultSuccessUrl("/account", false)
                    .failureHandler(formFailures())
                    .permitAll())
        .logout(out -> out.logoutUrl("/signout").logoutSuccessUrl("/"))
        .httpBasic(basic -> basic.authenticationEntryPoint(apiEntryPoint))
        .csrf(csrf -> csrf.ignoringRequestMatchers(api))
        .exceptionHandling(
            errors ->
                errors
                    .defaultAuthenticationEntryPointFor(apiEntryPoint, api)
                    .defaultAccessDeniedHandlerFor(apiAccessDenied(json), api))
        // Pages set their own caching; the API's ETags need responses to stay cacheable.
        .headers(headers -> headers.cacheControl(cache -> cache.disable()))
        .addFilterAfter(new ApiWriteGuard(json), AuthorizationFilter.class)
        .build();
  }

  /**
   * Personal API tokens on {@code /api/**} only, so a leaked token cannot drive the pages' forms.
   * Spring Security's generic {@link AuthenticationFilter} with a converter and a provider is all a
   * token kept in our own table needs; the OAuth 2 resource server's bearer filter would bring a
   * dependency for JWT and introspection that Follicle does not use. The filter keeps the sign-in
   * in the request only (no session) and, on success, lets the request go on instead of
   * redirecting.
   */
  private static AuthenticationFilter bearerTokens(
      RequestMatcher api, BearerTokenSignIns checks, RateLimits limits, JsonMapper json) {
    AuthenticationFilter filter =
        new AuthenticationFilter(
            new SignInThrottle(new ProviderManager(checks), limits), new BearerTokenConverter());
    filter.setRequestMatcher(api);
    filter.setSuccessHandler((request, response, authentication) -> {});
    filter.setFailureHandler(new AuthenticationEntryPointFailureHandler(bearerEntryPoint(json)));
    return filter;
  }

  private static AuthenticationEntryPoint bearerEntryPoint(JsonMapper json) {
    return (request, response, failure) -> {
      if (failure instanceof SignInThrottled throttled) {
        ProblemResponses.tooManyRequests(json, request, response, throttled.asProblem());
        return;
      }
      response.setHeader(
          "WWW-Authenticate",
          "Bearer realm=\"follicle\", error=\"invalid_token\","
              + " error_description=\"unknown, revoked or expired token\"");
      ProblemResponses.write(
          json,
          request,
          response,
          HttpStatus.UNAUTHORIZED,
          "This API token is unknown, revoked or expired, or its account cannot sign in;"
              + " create a new one on /account/tokens");
    };
  }

  /** A failed form sign-in: back to the form, saying why; 429 when throttled. */
  private static AuthenticationFailureHandler formFailures() {
    return (request, response, failure) -> {
      if (failure instanceof SignInThrottled throttled) {
        throttled
            .asProblem()
            .getHeaders()
            .forEach((name, values) -> response.setHeader(name, values.get(0)));
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        request.setAttribute(SignInPageController.THROTTLED, throttled.asProblem());
        request.getRequestDispatcher("/signin/throttled").forward(request, response);
        return;
      }
      String reason = failure instanceof DisabledException ? "unconfirmed" : "error";
      response.sendRedirect(request.getContextPath() + "/signin?" + reason);
    };
  }

  private static AuthenticationEntryPoint apiEntryPoint(JsonMapper json) {
    return (request, response, failure) -> {
      if (failure instanceof SignInThrottled throttled) {
        ProblemResponses.tooManyRequests(json, request, response, throttled.asProblem());
        return;
      }
      response.setHeader("WWW-Authenticate", "Basic realm=\"follicle\"");
      response.addHeader("WWW-Authenticate", "Bearer realm=\"follicle\"");
      ProblemResponses.write(json, request, response, HttpStatus.UNAUTHORIZED, reason(failure));
    };
  }

  private static String reason(AuthenticationException failure) {
    if (failure instanceof DisabledException) {
      return "This account's e-mail address is not confirmed yet; open the link in the mail";
    }
    return "Sign in first: POST /api/auth/signin, HTTP Basic with an account's name and"
        + " password, or a personal API token as 'Authorization: Bearer' (scripts: the admin"
        + " token as the password of user 'admin')";
  }

  private static AccessDeniedHandler apiAccessDenied(JsonMapper json) {
    return (request, response, denied) ->
        ProblemResponses.write(
            json,
            request,
            response,
            HttpStatus.FORBIDDEN,
            "Your account lacks the role this needs");
  }
}
