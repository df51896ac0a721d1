package org.follicle.recommend;

import jakarta.servlet.http.HttpServletResponse;
import org.follicle.account.AccountView;
import org.follicle.account.CurrentUser;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /for-you}: the signed-in reader's recommendations, each saying why; a visitor is told to
 * sign in for them.
 */
@Controller
class ForYouPageController {

  /** Cards on the page; the API gives up to {@link PersonalRecommendations#MOST}. */
  static final int CARDS = 20;

  private final PersonalRecommendations recommendations;
  private final CurrentUser currentUser;

  ForYouPageController(PersonalRecommendations recommendations, CurrentUser currentUser) {
    this.recommendations = recommendations;
    this.currentUser = currentUser;
  }

  @GetMapping("/for-you")
  String forYou(Model model, HttpServletResponse response) {
    // One reader's own list: no cache, shared or not, keeps it.
    response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
    model.addAttribute(
        "forYou",
        currentUser
            .current()
            .filter(AccountView::isAccount)
            .map(reader -> recommendations.of(reader.id(), CARDS))
            .orElse(null));
    return "recommend/for-you";
  }
}
