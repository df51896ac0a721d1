package org.follicle.account;

import java.util.EnumSet;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin's list of users, where roles are granted and revoked. */
@Controller
class UserAdminPageController {

  static final int PAGE = 50;

  private final Accounts accounts;
  private final CurrentUser currentUser;

  UserAdminPageController(Accounts accounts, CurrentUser currentUser) {
    this.accounts = accounts;
    this.currentUser = currentUser;
  }

  @GetMapping("/admin/users")
  String users(@RequestParam(defaultValue = "0") long after, Model model) {
    currentUser.require(Role.ADMIN);
    List<AccountDetails> users = accounts.page(after, PAGE + 1);
    model.addAttribute("users", users.stream().limit(PAGE).toList());
    model.addAttribute("next", users.size() > PAGE ? users.get(PAGE - 1).id() : null);
    model.addAttribute("roles", Role.values());
    return "account/admin-users";
  }

  @PostMapping("/admin/users/{username}/roles")
  String setRoles(
      @PathVariable String username,
      @RequestParam(name = "role", required = false) List<String> roles,
      RedirectAttributes redirect) {
    AccountView admin = currentUser.require(Role.ADMIN);
    EnumSet<Role> wanted = EnumSet.noneOf(Role.class);
    if (roles != null) {
      roles.forEach(role -> wanted.add(Role.parse(role)));
    }
    try {
      accounts.setRoles(username, wanted, admin);
      redirect.addFlashAttribute("saved", username);
    } catch (AccountRejected e) {
      redirect.addFlashAttribute("error", e.getReason());
    } catch (NoSuchElementException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
    }
    return "redirect:/admin/users";
  }
}
