package org.follicle.web;

import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * Admin access until accounts exist: the admin pages sign in with the admin token (a form with CSRF
 * protection), the admin API (imports, TLDR edits) takes it as HTTP Basic password of user {@code
 * admin} and answers 401 in problem+json. Every other address is outside this chain.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class AdminSecurity {

  static final String ADMIN = "admin";

  @Bean
  SecurityFilterChain adminChain(HttpSecurity http, JsonMapper json) throws Exception {
    var api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
    return http.securityMatchers(
            matchers ->
                matchers
                    .requestMatchers("/admin/**", "/api/imports", "/api/imports/**")
                    .requestMatchers(HttpMethod.PUT, "/api/papers/*/summary"))
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers("/admin/sign-in")
                    .permitAll()
                    .anyRequest()
                    .hasRole("ADMIN"))
        .formLogin(
            form ->
                form.loginPage("/admin/sign-in")
                    .defaultSuccessUrl("/admin/imports", false)
                    .permitAll())
        .logout(out -> out.logoutUrl("/admin/sign-out").logoutSuccessUrl("/"))
        .httpBasic(Customizer.withDefaults())
        .csrf(csrf -> csrf.ignoringRequestMatchers(api))
        .exceptionHandling(
            errors -> errors.defaultAuthenticationEntryPointFor(problemEntryPoint(json), api))
        .build();
  }

  @Bean
  UserDetailsService admins(AdminToken token) {
    PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    return new InMemoryUserDetailsManager(
        User.withUsername(ADMIN).password(encoder.encode(token.value())).roles("ADMIN").build());
  }

  private static AuthenticationEntryPoint problemEntryPoint(JsonMapper json) {
    return (request, response, failure) -> {
      response.setStatus(HttpStatus.UNAUTHORIZED.value());
      response.setHeader("WWW-Authenticate", "Basic realm=\"follicle-admin\"");
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      json.writeValue(
          response.getWriter(),
          Map.of(
              "title",
              "Unauthorized",
              "status",
              401,
              "detail",
              "This endpoint needs the admin token as the HTTP Basic password of user 'admin'",
              "instance",
              request.getRequestURI()));
    };
  }
}
