package org.follicle.authorship;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.follicle.account.AccountView;
import org.follicle.account.CurrentUser;
import org.follicle.account.Role;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The moderators' page of claims waiting for a decision, with approve and reject forms. */
@Controller
class ModerationPageController {

  private static final int PAGE = 50;

  private final Claims claims;
  private final CurrentUser currentUser;

  ModerationPageController(Claims claims, CurrentUser currentUser) {
    this.claims = claims;
    this.currentUser = currentUser;
  }

  @GetMapping("/moderation/claims")
  String queue(
      @RequestParam(required = false) String cursor, Model model, HttpServletResponse response) {
    response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
    currentUser.require(Role.MODERATOR);
    List<Claim> page = claims.waiting(ClaimCursor.decode(cursor), PAGE + 1);
    List<Claim> shown = page.size() > PAGE ? page.subList(0, PAGE) : page;
    model.addAttribute("claims", shown);
    model.addAttribute("papers", claims.papersOf(shown));
    model.addAttribute(
        "next", page.size() > PAGE ? ClaimCursor.encode(shown.get(PAGE - 1).id()) : null);
    return "authorship/moderation";
  }

  @PostMapping("/moderation/claims/{id}/approve")
  String approve(@PathVariable long id, RedirectAttributes redirect) {
    AccountView moderator = currentUser.require(Role.MODERATOR);
    try {
      claims.approve(id, moderator);
      redirect.addFlashAttribute("decided", "approved");
    } catch (ClaimRefused refused) {
      redirect.addFlashAttribute("error", refused.getReason());
    }
    return "redirect:/moderation/claims";
  }

  @PostMapping("/moderation/claims/{id}/reject")
  String reject(
      @PathVariable long id,
      @RequestParam(defaultValue = "") String reason,
      RedirectAttributes redirect) {
    AccountView moderator = currentUser.require(Role.MODERATOR);
    try {
      claims.reject(id, reason, moderator);
      redirect.addFlashAttribute("decided", "rejected");
    } catch (ClaimRefused refused) {
      redirect.addFlashAttribute("error", "Claim %d: %s".formatted(id, refused.getReason()));
    }
    return "redirect:/moderation/claims";
  }
}
