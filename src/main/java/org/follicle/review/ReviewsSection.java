package org.follicle.review;

import java.util.List;
import java.util.Optional;
import org.follicle.account.AccountView;
import org.follicle.account.CurrentUser;
import org.follicle.catalog.PaperPageSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The paper page's "Reviews" block after the abstract: the rating summary, the reader's own review
 * and the form to rate, and the newest written reviews.
 */
@Component
@Order(40)
class ReviewsSection implements PaperPageSection {

  /** Reviews shown on the page; the API pages through all of them. */
  static final int SHOWN = 20;

  private final Reviews reviews;
  private final CurrentUser currentUser;

  ReviewsSection(Reviews reviews, CurrentUser currentUser) {
    this.reviews = reviews;
    this.currentUser = currentUser;
  }

  /**
   * What the block draws.
   *
   * @param mine the signed-in reader's review, null when they have none (or nobody is signed in)
   * @param canRate whether an account is signed in (the admin token has none)
   * @param more whether there are more written reviews than shown
   */
  record ReviewsBlock(
      long paperId,
      RatingSummary summary,
      List<StoredReview> reviews,
      boolean more,
      StoredReview mine,
      boolean canRate,
      ReviewForm form,
      int maxText,
      int maxStatement) {}

  @Override
  public Placement placement() {
    return Placement.BODY;
  }

  @Override
  public String template() {
    return "review/paper-reviews";
  }

  @Override
  public Optional<ReviewsBlock> content(long paperId) {
    Optional<AccountView> reader = currentUser.current().filter(AccountView::isAccount);
    StoredReview mine =
        reader.flatMap(account -> reviews.byAuthor(paperId, account.id())).orElse(null);
    List<StoredReview> written = reviews.written(paperId, null, SHOWN + 1);
    return Optional.of(
        new ReviewsBlock(
            paperId,
            reviews.summary(paperId),
            written.subList(0, Math.min(SHOWN, written.size())),
            written.size() > SHOWN,
            mine,
            reader.isPresent(),
            mine == null ? ReviewForm.EMPTY : ReviewForm.of(mine),
            ReviewDraft.MAX_TEXT,
            ReviewDraft.MAX_STATEMENT));
  }
}
