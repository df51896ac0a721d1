package org.follicle.review;

import java.util.List;
import org.follicle.recommend.ReaderInterest;
import org.follicle.recommend.ReaderInterests;
import org.springframework.stereotype.Component;

/**
 * The papers a reader rated, as seeds of their recommendations: the more stars, the more research
 * like it is recommended; 1★ and 2★ papers recommend nothing, they are only not recommended again.
 */
@Component
class RatedPaperInterests implements ReaderInterests {

  /** The weight of each rating, by its stars (index 0 unused). */
  private static final double[] WEIGHT_BY_STARS = {0, 0, 0, 0.4, 0.75, 1};

  private final Reviews reviews;

  RatedPaperInterests(Reviews reviews) {
    this.reviews = reviews;
  }

  @Override
  public List<ReaderInterest> of(long accountId) {
    return reviews.byAccount(accountId).stream()
        .map(
            review -> {
              int stars = review.ratings().rating();
              return new ReaderInterest(
                  review.paperId(),
                  WEIGHT_BY_STARS[stars],
                  "you rated it " + stars + "★",
                  review.updatedAt());
            })
        .toList();
  }
}
