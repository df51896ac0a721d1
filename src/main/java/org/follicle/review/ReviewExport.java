package org.follicle.review;

import java.util.List;
import org.follicle.account.AccountDataExport;
import org.springframework.stereotype.Component;

/** The ratings and reviews a user gave, in the export of their account. */
@Component
class ReviewExport implements AccountDataExport {

  private final Reviews reviews;

  ReviewExport(Reviews reviews) {
    this.reviews = reviews;
  }

  @Override
  public String name() {
    return "reviews";
  }

  @Override
  public List<ReviewApiController.ReviewResource> export(long accountId) {
    return reviews.byAccount(accountId).stream()
        .map(ReviewApiController.ReviewResource::of)
        .toList();
  }
}
