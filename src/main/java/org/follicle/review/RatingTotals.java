package org.follicle.review;

import java.util.List;

/**
 * A paper's stored totals (the {@code review_aggregate} row): how many rated it, the sum and count
 * of each rating, how many gave each number of stars, and how many wrote a review. A write adds the
 * difference between the new and the old {@link #contribution}, so no summary ever scans reviews.
 */
final class RatingTotals {

  /** The columns of the totals, in the order of every {@code long[]} here. */
  static final List<String> COLUMNS =
      List.of(
          "raters",
          "rating_sum",
          "stars_1",
          "stars_2",
          "stars_3",
          "stars_4",
          "stars_5",
          "novelty_count",
          "novelty_sum",
          "significance_count",
          "significance_sum",
          "rigor_count",
          "rigor_sum",
          "reviews");

  static final int RATERS = 0;
  static final int RATING_SUM = 1;
  static final int FIRST_STARS = 2;
  static final int NOVELTY = 7;
  static final int SIGNIFICANCE = 9;
  static final int RIGOR = 11;
  static final int REVIEWS = 13;

  private RatingTotals() {}

  /** Totals with nothing counted. */
  static long[] none() {
    return new long[COLUMNS.size()];
  }

  /** What one reader's ratings (and whether they wrote a review) add to the totals. */
  static long[] contribution(Ratings ratings, boolean written) {
    long[] totals = none();
    totals[RATERS] = 1;
    totals[RATING_SUM] = ratings.rating();
    totals[FIRST_STARS + ratings.rating() - 1] = 1;
    count(totals, NOVELTY, ratings.novelty());
    count(totals, SIGNIFICANCE, ratings.significance());
    count(totals, RIGOR, ratings.rigor());
    totals[REVIEWS] = written ? 1 : 0;
    return totals;
  }

  /** {@code after - before}, column by column. */
  static long[] difference(long[] after, long[] before) {
    long[] difference = none();
    for (int i = 0; i < difference.length; i++) {
      difference[i] = after[i] - before[i];
    }
    return difference;
  }

  private static void count(long[] totals, int at, Integer value) {
    if (value != null) {
      totals[at] = 1;
      totals[at + 1] = value;
    }
  }
}
