package org.follicle.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The admin sign-in page; Spring Security checks the form it posts. */
@Controller
class SignInPageController {

  @GetMapping("/admin/sign-in")
  String signIn() {
    return "web/sign-in";
  }
}
