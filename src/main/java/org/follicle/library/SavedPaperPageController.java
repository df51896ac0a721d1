package org.follicle.library;

import jakarta.servlet.http.HttpServletResponse;
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
 * The Save and Unsave buttons of the paper page and of {@code /account/saved}, and that list; each
 * button goes back to the page it was pressed on.
 */
@Controller
class SavedPaperPageController {

  /** Saved papers on one page of {@code /account/saved}. */
  static final int PAGE = 20;

  /** The value of the forms' {@code from} field that sends the reader back to their list. */
  static final String FROM_LIST = "saved";

  private final SavedPapers saved;
  private final SavedPaperListing listing;
  private final CurrentUser currentUser;
  private final RateLimits rateLimits;

  SavedPaperPageController(
      SavedPapers saved,
      SavedPaperListing listing,
      CurrentUser currentUser,
      RateLimits rateLimits) {
    this.saved = saved;
    this.listing = listing;
    this.currentUser = currentUser;
    this.rateLimits = rateLimits;
  }

  @GetMapping("/account/saved")
  String list(
      @RequestParam(required = false) String cursor, Model model, HttpServletResponse response) {
    // One reader's own list: no cache, shared or not, keeps it.
    response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
    long accountId = currentUser.requireAccount(Role.READER).id();
    model.addAttribute("page", listing.page(accountId, cursor, PAGE));
    model.addAttribute("first", cursor == null || cursor.isEmpty());
    return "library/saved";
  }

  @PostMapping("/papers/{id}/save")
  String save(@PathVariable long id, RedirectAttributes redirect) {
    long accountId = currentUser.requireAccount(Role.READER).id();
    listing.requirePaper(id);
    rateLimits.consume("saving");
    saved.save(accountId, id);
    redirect.addFlashAttribute("savedNotice", "saved");
    return "redirect:/papers/" + id + "#saved";
  }

  @PostMapping("/papers/{id}/unsave")
  String unsave(
      @PathVariable long id,
      @RequestParam(required = false) String from,
      RedirectAttributes redirect) {
    long accountId = currentUser.requireAccount(Role.READER).id();
    listing.requirePaper(id);
    rateLimits.consume("saving");
    saved.unsave(accountId, id);
    redirect.addFlashAttribute("savedNotice", "unsaved");
    return FROM_LIST.equals(from) ? "redirect:/account/saved" : "redirect:/papers/" + id + "#saved";
  }
}
