package org.follicle.review;

import java.time.Instant;
import java.time.ZoneOffset;
import org.follicle.web.MarkdownText;

/**
 * One reader's ratings of a paper and, when written, their review.
 *
 * @param text the review in Markdown, null for a rating alone
 * @param conflictStatement what the declared conflict of interest is, null when none is declared
 */
record StoredReview(
    long id,
    long paperId,
    long accountId,
    String authorUsername,
    String authorName,
    Ratings ratings,
    String text,
    boolean conflictOfInterest,
    String conflictStatement,
    Instant createdAt,
    Instant updatedAt) {

  /** Whether a review was written, not only ratings given. */
  public boolean written() {
    return text != null;
  }

  /** The review as HTML that is safe to put in a page. */
  public String html() {
    return MarkdownText.toSafeHtml(text);
  }

  /** The day it was first written (UTC), as the page shows it. */
  public String date() {
    return createdAt.atOffset(ZoneOffset.UTC).toLocalDate().toString();
  }

  /** Whether it was changed after it was first written. */
  public boolean edited() {
    return updatedAt.isAfter(createdAt);
  }

  /** What this review adds to its paper's totals, in {@link RatingTotals#COLUMNS} order. */
  long[] contribution() {
    return RatingTotals.contribution(ratings, written());
  }
}
