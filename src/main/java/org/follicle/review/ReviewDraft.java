package org.follicle.review;

/**
 * What a reader submits: ratings, and optionally a review in Markdown with their declaration of a
 * conflict of interest (a statement is required when they declare one).
 */
record ReviewDraft(
    Ratings ratings, String text, boolean conflictOfInterest, String conflictStatement) {

  /** Longest review, in characters: a long review fits, a pasted book does not. */
  static final int MAX_TEXT = 10_000;

  /** Longest statement of a conflict of interest, in characters. */
  static final int MAX_STATEMENT = 1_000;

  /**
   * Checks the text and the declaration. A blank text makes a rating without a review (and no
   * declaration); a written review must say whether its author has a conflict of interest.
   */
  static ReviewDraft of(
      Ratings ratings, String text, Boolean conflictOfInterest, String conflictStatement) {
    String review = blankToNull(text);
    if (review == null) {
      return new ReviewDraft(ratings, null, false, null);
    }
    if (review.length() > MAX_TEXT) {
      throw new ReviewRejected(
          "text",
          "is %d characters long; a review may have at most %d"
              .formatted(review.length(), MAX_TEXT));
    }
    if (conflictOfInterest == null) {
      throw new ReviewRejected(
          "conflictOfInterest", "is missing: say whether you have a conflict of interest");
    }
    String statement = conflictOfInterest ? blankToNull(conflictStatement) : null;
    if (conflictOfInterest && statement == null) {
      throw new ReviewRejected(
          "conflictStatement", "is missing: say what your conflict of interest is");
    }
    if (statement != null && statement.length() > MAX_STATEMENT) {
      throw new ReviewRejected(
          "conflictStatement",
          "is %d characters long; it may have at most %d"
              .formatted(statement.length(), MAX_STATEMENT));
    }
    return new ReviewDraft(ratings, review, conflictOfInterest, statement);
  }

  /** As {@link #of}, for a write that must carry a review (the API's review endpoints). */
  static ReviewDraft written(
      Ratings ratings, String text, Boolean conflictOfInterest, String conflictStatement) {
    if (blankToNull(text) == null) {
      throw new ReviewRejected(
          "text", "is missing: write the review, or POST /api/papers/{id}/ratings to only rate");
    }
    return of(ratings, text, conflictOfInterest, conflictStatement);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
