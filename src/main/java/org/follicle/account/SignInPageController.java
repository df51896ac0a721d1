package org.follicle.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The sign-in page; Spring Security checks the form it posts to {@code /signin}. */
@Controller
class SignInPageController {

  static final String THROTTLED = SignInPageController.class.getName() + ".throttled";

  @GetMapping("/signin")
  String signIn() {
    return "account/signin";
  }

  /** Where a throttled form sign-in is forwarded: the form again, with 429. */
  @RequestMapping("/signin/throttled")
  String throttled(HttpServletRequest request, HttpServletResponse response, Model model) {
    if (!(request.getAttribute(THROTTLED) instanceof RateLimitExceeded limit)) {
      return "redirect:/signin";
    }
    response.setStatus(limit.getStatusCode().value());
    model.addAttribute("throttled", limit.decision().seconds());
    return "account/signin";
  }
}
