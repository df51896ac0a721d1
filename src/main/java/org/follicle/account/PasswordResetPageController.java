package org.follicle.account;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Password reset on the page: ask for a mail, then choose a new password through its link. */
@Controller
class PasswordResetPageController {

  static final String RESET_POLICY = "password-reset";

  private final Accounts accounts;
  private final RateLimits limits;

  PasswordResetPageController(Accounts accounts, RateLimits limits) {
    this.accounts = accounts;
    this.limits = limits;
  }

  @GetMapping("/password-reset")
  String form() {
    return "account/password-reset";
  }

  @PostMapping("/password-reset")
  String request(
      @RequestParam(defaultValue = "") String email, Model model, HttpServletResponse response) {
    limits.consume(RESET_POLICY);
    try {
      accounts.requestPasswordReset(email);
    } catch (AccountRejected e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("error", e.getReason());
      return "account/password-reset";
    }
    return "redirect:/password-reset?sent";
  }

  @GetMapping("/password-reset/{token}")
  String newPasswordForm(@PathVariable String token, Model model) {
    model.addAttribute("token", token);
    return "account/password-new";
  }

  @PostMapping("/password-reset/{token}")
  String reset(
      @PathVariable String token,
      @RequestParam(defaultValue = "") String password,
      Model model,
      HttpServletResponse response) {
    try {
      accounts.resetPassword(token, password);
    } catch (AccountRejected e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("token", token);
      model.addAttribute("error", e.getReason());
      return "account/password-new";
    }
    return "redirect:/signin?reset";
  }
}
