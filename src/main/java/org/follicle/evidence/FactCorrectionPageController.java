package org.follicle.evidence;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Locale;
import org.follicle.account.AccountView;
import org.follicle.account.CurrentUser;
import org.follicle.account.RateLimits;
import org.follicle.account.Role;
import org.follicle.catalog.Catalog;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The moderators' page that corrects, removes and adds a paper's study facts, with the history of
 * every correction; reached from the paper page's study-facts panel.
 */
@Controller
class FactCorrectionPageController {

  private final FactCorrections corrections;
  private final Catalog catalog;
  private final CurrentUser currentUser;
  private final RateLimits rateLimits;

  FactCorrectionPageController(
      FactCorrections corrections,
      Catalog catalog,
      CurrentUser currentUser,
      RateLimits rateLimits) {
    this.corrections = corrections;
    this.catalog = catalog;
    this.currentUser = currentUser;
    this.rateLimits = rateLimits;
  }

  /** A design, as the form's choices give it. */
  record Choice(String value, String label) {}

  @GetMapping("/moderation/papers/{id}/facts")
  String page(@PathVariable long id, Model model) {
    currentUser.require(Role.MODERATOR);
    return page(id, model, null, null);
  }

  @PostMapping("/moderation/papers/{id}/facts/{factId}")
  String correct(
      @PathVariable long id,
      @PathVariable String factId,
      @RequestParam(required = false) String value,
      @RequestParam(required = false) String outcome,
      @RequestParam(required = false) String events,
      @RequestParam(required = false) String total,
      @RequestParam(required = false) String timepoint,
      @RequestParam(required = false) String note,
      Model model,
      HttpServletResponse response) {
    AccountView moderator = moderator();
    try {
      FactInput input =
          new FactInput(
              null,
              value,
              outcome,
              count("events", events),
              count("total", total),
              timepoint,
              null,
              note);
      corrections.correct(id, factId, input, moderator.username());
    } catch (FactCorrectionRejected e) {
      return rejected(id, model, response, e, factId);
    }
    return "redirect:/moderation/papers/" + id + "/facts?saved";
  }

  @PostMapping("/moderation/papers/{id}/facts/{factId}/remove")
  String remove(
      @PathVariable long id,
      @PathVariable String factId,
      @RequestParam(required = false) String note,
      Model model,
      HttpServletResponse response) {
    AccountView moderator = moderator();
    try {
      corrections.remove(id, factId, note, moderator.username());
    } catch (FactCorrectionRejected e) {
      return rejected(id, model, response, e, factId);
    }
    return "redirect:/moderation/papers/" + id + "/facts?saved";
  }

  @PostMapping("/moderation/papers/{id}/facts")
  String add(
      @PathVariable long id,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String value,
      @RequestParam(required = false) String outcome,
      @RequestParam(required = false) String events,
      @RequestParam(required = false) String total,
      @RequestParam(required = false) String timepoint,
      @RequestParam(required = false) String sentence,
      @RequestParam(required = false) String note,
      Model model,
      HttpServletResponse response) {
    AccountView moderator = moderator();
    try {
      FactInput input =
          new FactInput(
              kind,
              value,
              outcome,
              count("events", events),
              count("total", total),
              timepoint,
              sentence,
              note);
      corrections.add(id, input, moderator.username());
    } catch (FactCorrectionRejected e) {
      return rejected(id, model, response, e, "new");
    }
    return "redirect:/moderation/papers/" + id + "/facts?saved";
  }

  private AccountView moderator() {
    AccountView moderator = currentUser.require(Role.MODERATOR);
    rateLimits.consume(FactCorrectionApiController.RATE_LIMIT);
    return moderator;
  }

  /** The page again, with the reason by the form that was sent, answered 400. */
  private String rejected(
      long id, Model model, HttpServletResponse response, FactCorrectionRejected e, String form) {
    response.setStatus(HttpStatus.BAD_REQUEST.value());
    return page(id, model, e.getReason(), form);
  }

  private String page(long id, Model model, String error, String errorForm) {
    model.addAttribute("paperId", id);
    model.addAttribute(
        "paperTitle",
        catalog
            .paper(id)
            .orElseThrow(
                () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No paper has id " + id))
            .record()
            .title());
    model.addAttribute("facts", corrections.rows(id));
    model.addAttribute("history", corrections.history(id));
    model.addAttribute("sentences", corrections.sentences(id));
    model.addAttribute(
        "kinds",
        Arrays.stream(FactKind.values())
            .map(k -> new Choice(k.name().toLowerCase(Locale.ROOT), k.label()))
            .toList());
    model.addAttribute("designs", StudyDesigns.names());
    model.addAttribute("error", error);
    model.addAttribute("errorForm", errorForm);
    return "evidence/fact-corrections";
  }

  /** A count typed into the form: empty is none, anything but a whole number is refused. */
  private static Integer count(String field, String typed) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(typed.strip());
    } catch (NumberFormatException e) {
      throw new FactCorrectionRejected(field, "'%s' is not a whole number".formatted(typed));
    }
  }
}
