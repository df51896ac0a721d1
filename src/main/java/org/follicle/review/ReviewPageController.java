package org.follicle.review;

import org.follicle.account.AccountView;
import org.follicle.account.CurrentUser;
import org.follicle.account.RateLimits;
import org.follicle.account.Role;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The paper page's "Rate this paper" form and the Delete button of the reader's own review; both go
 * back to the paper with a confirmation, or with the reason and the values typed when refused.
 */
@Controller
class ReviewPageController {

  private final Reviews reviews;
  private final CurrentUser currentUser;
  private final RateLimits rateLimits;

  ReviewPageController(Reviews reviews, CurrentUser currentUser, RateLimits rateLimits) {
    this.reviews = reviews;
    this.currentUser = currentUser;
    this.rateLimits = rateLimits;
  }

  @PostMapping("/papers/{id}/reviews")
  String save(
      @PathVariable long id,
      @RequestParam(required = false) String rating,
      @RequestParam(required = false) String novelty,
      @RequestParam(required = false) String significance,
      @RequestParam(required = false) String rigor,
      @RequestParam(required = false) String text,
      @RequestParam(required = false) String conflictOfInterest,
      @RequestParam(required = false) String conflictStatement,
      RedirectAttributes redirect) {
    AccountView reader = currentUser.requireAccount(Role.READER);
    reviews.requirePaper(id);
    ReviewDraft draft;
    try {
      Ratings ratings =
          Ratings.of(
              Ratings.parse("rating", rating),
              Ratings.parse("novelty", novelty),
              Ratings.parse("significance", significance),
              Ratings.parse("rigor", rigor));
      draft = ReviewDraft.of(ratings, text, declared(conflictOfInterest), conflictStatement);
    } catch (ReviewRejected e) {
      redirect.addFlashAttribute("reviewError", e.getReason());
      redirect.addFlashAttribute(
          "reviewForm",
          ReviewForm.submitted(
              rating, novelty, significance, rigor, text, conflictOfInterest, conflictStatement));
      return "redirect:/papers/" + id + "#rate-paper";
    }
    rateLimits.consume(draft.text() == null ? "rating" : "reviewing");
    reviews.save(id, reader, draft);
    redirect.addFlashAttribute(
        "reviewNotice",
        draft.text() == null ? "Your rating is saved." : "Your rating and review are saved.");
    return "redirect:/papers/" + id + "#reviews";
  }

  @PostMapping("/papers/{id}/reviews/{reviewId}/delete")
  String delete(@PathVariable long id, @PathVariable long reviewId, RedirectAttributes redirect) {
    reviews.delete(id, reviewId, currentUser.requireAccount(Role.READER));
    redirect.addFlashAttribute("reviewNotice", "Your rating and review are deleted.");
    return "redirect:/papers/" + id + "#reviews";
  }

  private static Boolean declared(String answer) {
    if (answer == null || answer.isBlank()) {
      return null;
    }
    return switch (answer) {
      case "yes" -> true;
      case "no" -> false;
      default -> throw new ReviewRejected("conflictOfInterest", "must be yes or no");
    };
  }
}
