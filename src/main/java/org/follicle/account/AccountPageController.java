package org.follicle.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user's own page: profile, roles, data export and deletion. */
@Controller
class AccountPageController {

  private final Accounts accounts;
  private final CurrentUser currentUser;

  AccountPageController(Accounts accounts, CurrentUser currentUser) {
    this.accounts = accounts;
    this.currentUser = currentUser;
  }

  @GetMapping("/account")
  String account(Model model, HttpServletResponse response) {
    response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
    AccountView user = currentUser.require(Role.READER);
    model.addAttribute("user", user);
    model.addAttribute("isAdmin", user.has(Role.ADMIN));
    if (user.isAccount()) {
      AccountDetails details = accounts.details(user.id());
      model.addAttribute("account", details);
      if (!model.containsAttribute("displayName")) {
        model.addAttribute("displayName", details.displayName());
        model.addAttribute("bio", details.bio());
      }
    }
    return "account/account";
  }

  @PostMapping("/account/profile")
  String editProfile(
      @RequestParam(defaultValue = "") String displayName,
      @RequestParam(defaultValue = "") String bio,
      RedirectAttributes redirect) {
    AccountView user = currentUser.requireAccount(Role.READER);
    try {
      accounts.editProfile(user.id(), displayName, bio);
      redirect.addFlashAttribute("saved", true);
    } catch (AccountRejected e) {
      redirect.addFlashAttribute("error", e.getReason());
      redirect.addFlashAttribute("displayName", displayName);
      redirect.addFlashAttribute("bio", bio);
    }
    return "redirect:/account";
  }

  @GetMapping(value = "/account/export", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> export() {
    AccountView user = currentUser.requireAccount(Role.READER);
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noStore())
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("follicle-" + user.username() + ".json")
                .build()
                .toString())
        .body(accounts.export(user.id()));
  }

  @PostMapping("/account/delete")
  String delete(
      @RequestParam(defaultValue = "") String password,
      HttpServletRequest request,
      RedirectAttributes redirect) {
    AccountView user = currentUser.requireAccount(Role.READER);
    try {
      accounts.delete(user.id(), password);
    } catch (AccountRejected e) {
      redirect.addFlashAttribute("deleteError", e.getReason());
      return "redirect:/account";
    }
    SecurityContextHolder.clearContext();
    var session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    return "redirect:/signin?deleted";
  }
}
