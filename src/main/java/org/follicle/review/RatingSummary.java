package org.follicle.review;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * What readers think of a paper, from its stored totals: how many rated it, and, once at least
 * {@code minRaters} did, the average rating, how many gave each number of stars and the average of
 * each secondary criterion.
 *
 * @param raters how many readers rated the paper
 * @param reviews how many of them wrote a review
 * @param minRaters how many ratings an average needs ({@code follicle.reviews.min-raters})
 * @param average the average rating to two decimals, null below {@code minRaters}
 * @param distribution how many gave 5, 4, 3, 2 and 1 stars (in that order)
 * @param criteria novelty, significance and rigor with their averages and counts
 */
record RatingSummary(
    long raters,
    long reviews,
    int minRaters,
    BigDecimal average,
    List<StarCount> distribution,
    List<Criterion> criteria) {

  /** How many readers gave a number of stars, and their share of all raters in percent. */
  record StarCount(int stars, long count, int percent) {}

  /**
   * A secondary criterion's average (two decimals; null while fewer than {@code minRaters} rated
   * it) and how many rated it.
   */
  record Criterion(String name, String label, BigDecimal average, long count) {}

  static RatingSummary of(long[] totals, int minRaters) {
    long raters = totals[RatingTotals.RATERS];
    boolean enough = raters >= minRaters && raters > 0;
    List<StarCount> distribution = new ArrayList<>();
    for (int stars = Ratings.HIGHEST; stars >= Ratings.LOWEST; stars--) {
      long count = totals[RatingTotals.FIRST_STARS + stars - 1];
      distribution.add(
          new StarCount(stars, count, raters == 0 ? 0 : (int) Math.round(100.0 * count / raters)));
    }
    List<Criterion> criteria =
        List.of(
            criterion("novelty", "Novelty", totals, RatingTotals.NOVELTY, minRaters),
            criterion("significance", "Significance", totals, RatingTotals.SIGNIFICANCE, minRaters),
            criterion("rigor", "Scientific rigor", totals, RatingTotals.RIGOR, minRaters));
    return new RatingSummary(
        raters,
        totals[RatingTotals.REVIEWS],
        minRaters,
        enough ? mean(totals[RatingTotals.RATING_SUM], raters) : null,
        distribution,
        criteria);
  }

  /** Whether enough readers rated the paper to show an average. */
  @JsonProperty("enoughRatings")
  public boolean enough() {
    return average != null;
  }

  /** The average as the page shows it, such as {@code "4.3"}. */
  public String averageText() {
    return average == null ? "" : average.setScale(1, RoundingMode.HALF_UP).toPlainString();
  }

  private static Criterion criterion(
      String name, String label, long[] totals, int at, int minRaters) {
    long count = totals[at];
    BigDecimal average = count >= minRaters && count > 0 ? mean(totals[at + 1], count) : null;
    return new Criterion(name, label, average, count);
  }

  private static BigDecimal mean(long sum, long count) {
    return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
  }
}
