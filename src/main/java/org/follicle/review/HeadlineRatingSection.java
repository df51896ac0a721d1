package org.follicle.review;

import java.util.Optional;
import org.follicle.catalog.PaperPageSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The paper's average rating at the top of its page, first of the lead sections. */
@Component
@Order(1)
class HeadlineRatingSection implements PaperPageSection {

  private final Reviews reviews;

  HeadlineRatingSection(Reviews reviews) {
    this.reviews = reviews;
  }

  @Override
  public Placement placement() {
    return Placement.LEAD;
  }

  @Override
  public String template() {
    return "review/paper-headline-rating";
  }

  @Override
  public Optional<RatingSummary> content(long paperId) {
    return Optional.of(reviews.summary(paperId));
  }
}
