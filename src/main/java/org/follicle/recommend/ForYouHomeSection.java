package org.follicle.recommend;

import java.util.Optional;
import org.follicle.account.AccountView;
import org.follicle.account.CurrentUser;
import org.follicle.catalog.HomePageSection;
import org.springframework.stereotype.Component;

/** A few of a signed-in reader's recommendations on the home page, linking to all of them. */
@Component
class ForYouHomeSection implements HomePageSection {

  /** Cards on the home page; {@code /for-you} shows more. */
  static final int CARDS = 3;

  private final PersonalRecommendations recommendations;
  private final CurrentUser currentUser;

  ForYouHomeSection(PersonalRecommendations recommendations, CurrentUser currentUser) {
    this.recommendations = recommendations;
    this.currentUser = currentUser;
  }

  @Override
  public String template() {
    return "recommend/home-for-you";
  }

  @Override
  public Optional<PersonalRecommendations.ForYou> content() {
    return currentUser
        .current()
        .filter(AccountView::isAccount)
        .map(reader -> recommendations.of(reader.id(), CARDS));
  }
}
