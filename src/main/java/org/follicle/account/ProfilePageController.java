package org.follicle.account;

import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** A user's public profile: display name, bio and roles, as others see them. */
@Controller
class ProfilePageController {

  private final Accounts accounts;

  ProfilePageController(Accounts accounts) {
    this.accounts = accounts;
  }

  @GetMapping("/users/{username}")
  String profile(@PathVariable String username, Model model) {
    try {
      model.addAttribute("profile", accounts.publicProfile(username));
    } catch (NoSuchElementException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
    }
    return "account/profile";
  }
}
