package org.follicle.authorship;

import jakarta.servlet.http.HttpServletResponse;
import org.follicle.account.AccountView;
import org.follicle.account.CurrentUser;
import org.follicle.account.RateLimits;
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

/**
 * The claim form of the paper page, and the claimant's own list of claims with their status and
 * their linked ORCID iD.
 */
@Controller
class ClaimPageController {

  private final Claims claims;
  private final OrcidLinking orcidLinking;
  private final OrcidSignIn orcidSignIn;
  private final CurrentUser currentUser;
  private final RateLimits rateLimits;

  ClaimPageController(
      Claims claims,
      OrcidLinking orcidLinking,
      OrcidSignIn orcidSignIn,
      CurrentUser currentUser,
      RateLimits rateLimits) {
    this.claims = claims;
    this.orcidLinking = orcidLinking;
    this.orcidSignIn = orcidSignIn;
    this.currentUser = currentUser;
    this.rateLimits = rateLimits;
  }

  @PostMapping("/papers/{id}/claims")
  String claim(
      @PathVariable long id,
      @RequestParam(required = false) Integer authorPosition,
      RedirectAttributes redirect) {
    AccountView user = currentUser.requireAccount(Role.READER);
    rateLimits.consume("claiming");
    try {
      Claim claim = claims.claim(user, id, authorPosition, null);
      redirect.addFlashAttribute(
          "claimSaved",
          claim.verifiedBy() == null
              ? claim.status().name()
              : claim.status().name() + "." + claim.verifiedBy().name());
    } catch (ClaimRefused refused) {
      redirect.addFlashAttribute("claimError", refused.getReason());
    }
    return "redirect:/papers/" + id + "#claims";
  }

  @GetMapping("/account/claims")
  String ownClaims(Model model, HttpServletResponse response) {
    response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
    AccountView user = currentUser.requireAccount(Role.READER);
    var own = claims.ofAccount(user.id());
    model.addAttribute("claims", own);
    model.addAttribute("papers", claims.papersOf(own));
    model.addAttribute("orcid", orcidLinking.linked(user.id()).orElse(null));
    model.addAttribute("orcidOffered", orcidSignIn.enabled());
    return "authorship/own-claims";
  }

  @PostMapping("/account/claims/{id}/withdraw")
  String withdraw(@PathVariable long id, RedirectAttributes redirect) {
    AccountView user = currentUser.requireAccount(Role.READER);
    rateLimits.consume("claiming");
    claims.withdraw(id, user);
    redirect.addFlashAttribute("withdrawn", true);
    return "redirect:/account/claims";
  }
}
