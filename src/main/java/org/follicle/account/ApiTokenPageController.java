package org.follicle.account;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The page where a signed-in user creates, sees and revokes personal API tokens. */
@Controller
class ApiTokenPageController {

  private final ApiTokens tokens;
  private final ApiTokenOwner owner;

  ApiTokenPageController(ApiTokens tokens, ApiTokenOwner owner) {
    this.tokens = tokens;
    this.owner = owner;
  }

  @GetMapping("/account/tokens")
  String tokens(Model model, HttpServletResponse response) {
    return page(owner.accountId(), model, response);
  }

  /**
   * Answers the page itself rather than redirecting: a redirect would carry the new secret through
   * the session store, and the secret must be kept nowhere.
   */
  @PostMapping("/account/tokens")
  String create(
      @RequestParam(defaultValue = "") String name,
      @RequestParam(required = false) Integer expiresInDays,
      Model model,
      HttpServletResponse response) {
    long account = owner.creatingTokens();
    try {
      model.addAttribute("issued", tokens.create(account, name, expiresInDays));
    } catch (AccountRejected e) {
      model.addAttribute("error", e.getReason());
      model.addAttribute("name", name);
    } catch (ResponseStatusException e) {
      model.addAttribute("error", e.getReason());
    }
    return page(account, model, response);
  }

  @PostMapping("/account/tokens/{id}/revoke")
  String revoke(@PathVariable long id, RedirectAttributes redirect) {
    tokens.revoke(owner.accountId(), id);
    redirect.addFlashAttribute("revoked", true);
    return "redirect:/account/tokens";
  }

  private String page(long account, Model model, HttpServletResponse response) {
    response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
    model.addAttribute("tokens", tokens.list(account));
    model.addAttribute("maxTokens", ApiTokens.MAX_PER_ACCOUNT);
    model.addAttribute("maxDays", ApiTokens.MAX_DAYS);
    return "account/tokens";
  }
}
