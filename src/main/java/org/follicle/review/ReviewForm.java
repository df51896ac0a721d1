package org.follicle.review;

import java.io.Serializable;

/**
 * The values of the "Rate this paper" form: the reader's stored review, or what they submitted when
 * it was refused, so nothing they typed is lost (kept in the session as a flash attribute, hence
 * serializable).
 *
 * @param conflictOfInterest "yes", "no", or null when not answered
 */
record ReviewForm(
    Integer rating,
    Integer novelty,
    Integer significance,
    Integer rigor,
    String text,
    String conflictOfInterest,
    String conflictStatement)
    implements Serializable {

  static final ReviewForm EMPTY = new ReviewForm(null, null, null, null, "", null, "");

  static ReviewForm of(StoredReview review) {
    Ratings ratings = review.ratings();
    return new ReviewForm(
        ratings.rating(),
        ratings.novelty(),
        ratings.significance(),
        ratings.rigor(),
        review.text() == null ? "" : review.text(),
        review.written() ? (review.conflictOfInterest() ? "yes" : "no") : null,
        review.conflictStatement() == null ? "" : review.conflictStatement());
  }

  /** What was submitted, with each rating that is not a whole number left empty. */
  static ReviewForm submitted(
      String rating,
      String novelty,
      String significance,
      String rigor,
      String text,
      String conflictOfInterest,
      String conflictStatement) {
    return new ReviewForm(
        number(rating),
        number(novelty),
        number(significance),
        number(rigor),
        text,
        conflictOfInterest,
        conflictStatement);
  }

  private static Integer number(String value) {
    try {
      return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
