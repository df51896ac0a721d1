package org.follicle.account;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Sign-up on the page: the form, "check your mail", and the confirmation the mail links to. */
@Controller
class SignUpPageController {

  static final String SIGNUP_POLICY = "signup";

  private final Accounts accounts;
  private final RateLimits limits;

  SignUpPageController(Accounts accounts, RateLimits limits) {
    this.accounts = accounts;
    this.limits = limits;
  }

  @GetMapping("/signup")
  String form() {
    return "account/signup";
  }

  @PostMapping("/signup")
  String signUp(
      @RequestParam(defaultValue = "") String username,
      @RequestParam(defaultValue = "") String email,
      @RequestParam(defaultValue = "") String password,
      Model model,
      HttpServletResponse response) {
    limits.consume(SIGNUP_POLICY);
    try {
      accounts.signUp(username, email, password);
    } catch (AccountRejected e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("username", username);
      model.addAttribute("email", email);
      model.addAttribute("errorField", e.field());
      model.addAttribute("error", e.getReason());
      return "account/signup";
    }
    return "redirect:/signup/sent";
  }

  @GetMapping("/signup/sent")
  String sent() {
    return "account/signup-sent";
  }

  /** The link in the mail shows a button: a mail scanner following links confirms nothing. */
  @GetMapping("/signup/confirm")
  String confirmForm(@RequestParam(defaultValue = "") String token, Model model) {
    model.addAttribute("token", token);
    return "account/confirm";
  }

  @PostMapping("/signup/confirm")
  String confirm(
      @RequestParam(defaultValue = "") String token, Model model, HttpServletResponse response) {
    try {
      accounts.confirm(token);
    } catch (AccountRejected e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("token", token);
      model.addAttribute("error", e.getReason());
      return "account/confirm";
    }
    return "redirect:/signin?confirmed";
  }
}
