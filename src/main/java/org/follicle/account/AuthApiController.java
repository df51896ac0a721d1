package org.follicle.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Sign-up, confirmation, sign-in, sign-out and password reset as JSON. A sign-in opens a session
 * (cookie {@code SESSION}, kept in the database) that the rest of the API accepts.
 */
@RestController
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@RequestMapping(value = "/api/auth", consumes = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Accounts", description = "Sign-up, sign-in and the signed-in account")
class AuthApiController {

  private final Accounts accounts;
  private final AuthenticationManager signIns;
  private final RateLimits limits;
  private final CurrentUser currentUser;
  private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
  private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();

  AuthApiController(
      Accounts accounts, AuthenticationManager signIns, RateLimits limits, CurrentUser user) {
    this.accounts = accounts;
    this.signIns = signIns;
    this.limits = limits;
    this.currentUser = user;
  }

  /** A new account. */
  record SignUp(String username, String email, String password) {}

  /** A sign-in. */
  record SignIn(String username, String password) {}

  /** A token from a mailed link. */
  record Token(String token) {}

  /** An address to mail a reset link to. */
  record ResetRequest(String email) {}

  /** A new password with the token of the reset mail. */
  record NewPassword(String token, String password) {}

  @PostMapping("/signup")
  @Operation(
      summary = "Open an account; a mail with a confirmation link goes to the address",
      description = "202 whether or not the address already had an account (it is not revealed).")
  ResponseEntity<Map<String, String>> signUp(@RequestBody SignUp signUp) {
    limits.consume(SignUpPageController.SIGNUP_POLICY);
    accounts.signUp(signUp.username(), signUp.email(), signUp.password());
    return ResponseEntity.accepted()
        .body(Map.of("status", "Check your mail for the link that confirms your address"));
  }

  @PostMapping("/confirm")
  @Operation(summary = "Confirm an address with the token of the confirmation mail")
  AccountView confirm(@RequestBody Token token) {
    return accounts.confirm(token.token());
  }

  @PostMapping("/signin")
  @Operation(
      summary = "Sign in; the answer sets the session cookie",
      description =
          "401 for a wrong name or password, 403 for an unconfirmed address, 429 after too many"
              + " failures from the address or for the name.")
  AccountView signIn(
      @RequestBody SignIn signIn, HttpServletRequest request, HttpServletResponse response) {
    var attempt =
        UsernamePasswordAuthenticationToken.unauthenticated(
            signIn.username() == null ? "" : signIn.username(),
            signIn.password() == null ? "" : signIn.password());
    attempt.setDetails(details.buildDetails(request));
    Authentication signedIn;
    try {
      signedIn = signIns.authenticate(attempt);
    } catch (SignInThrottled e) {
      throw e.asProblem();
    } catch (DisabledException e) {
      throw new ResponseStatusException(
          HttpStatus.FORBIDDEN, "Confirm your address first: open the link in the mail");
    } catch (BadCredentialsException e) {
      throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Wrong username or password");
    }
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(signedIn);
    SecurityContextHolder.setContext(context);
    contexts.saveContext(context, request, response);
    return currentUser.current().orElseThrow();
  }

  @PostMapping("/signout")
  @Operation(summary = "Sign out: the session ends")
  ResponseEntity<Void> signOut(HttpServletRequest request) {
    SecurityContextHolder.clearContext();
    var session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/password-reset")
  @Operation(
      summary = "Mail a password-reset link to the address",
      description = "202 whether or not an account has the address.")
  ResponseEntity<Map<String, String>> requestReset(@RequestBody ResetRequest reset) {
    limits.consume(PasswordResetPageController.RESET_POLICY);
    accounts.requestPasswordReset(reset.email());
    return ResponseEntity.accepted()
        .body(Map.of("status", "If an account has this address, a reset link is on its way"));
  }

  @PostMapping("/password-reset/confirm")
  @Operation(summary = "Set a new password with the token of the reset mail")
  ResponseEntity<Void> reset(@RequestBody NewPassword password) {
    accounts.resetPassword(password.token(), password.password());
    return ResponseEntity.noContent().build();
  }
}
