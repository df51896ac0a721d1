package org.follicle.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RatingSummaryTest {

  @Test
  void totalsAddUpWhatEachReaderGaveAndAChangeMovesOnlyTheDifference() {
    long[] totals = RatingTotals.none();
    add(totals, RatingTotals.contribution(new Ratings(5, 4, null, null), true));
    add(totals, RatingTotals.contribution(new Ratings(4, null, null, 2), false));
    long[] before = RatingTotals.contribution(new Ratings(1, 3, null, null), false);
    add(totals, before);
    add(
        totals,
        RatingTotals.difference(
            RatingTotals.contribution(new Ratings(3, null, null, null), true), before));

    RatingSummary summary = RatingSummary.of(totals, 3);

    assertThat(summary.raters()).isEqualTo(3);
    assertThat(summary.reviews()).isEqualTo(2);
    assertThat(summary.average()).isEqualByComparingTo(new BigDecimal("4.00"));
    assertThat(summary.distribution())
        .extracting(RatingSummary.StarCount::count)
        .containsExactly(1L, 1L, 1L, 0L, 0L);
    assertThat(summary.distribution())
        .extracting(RatingSummary.StarCount::percent)
        .containsExactly(33, 33, 33, 0, 0);
    assertThat(summary.criteria())
        .extracting(RatingSummary.Criterion::count)
        .containsExactly(1L, 0L, 1L);
    assertThat(summary.criteria()).allMatch(criterion -> criterion.average() == null);
  }

  @Test
  void theAverageShowsOnlyFromTheConfiguredNumberOfRaters() {
    long[] totals = RatingTotals.none();
    add(totals, RatingTotals.contribution(new Ratings(5, null, null, null), false));
    add(totals, RatingTotals.contribution(new Ratings(4, null, null, null), false));

    assertThat(RatingSummary.of(totals, 3).enough()).isFalse();
    assertThat(RatingSummary.of(totals, 3).averageText()).isEmpty();
    assertThat(RatingSummary.of(totals, 2).average()).isEqualByComparingTo("4.50");
    assertThat(RatingSummary.of(totals, 2).averageText()).isEqualTo("4.5");
    assertThat(RatingSummary.of(RatingTotals.none(), 0).enough()).isFalse();
  }

  @Test
  void ratingsOutsideOneToFiveAreRefusedNamingTheField() {
    assertThatThrownBy(() -> Ratings.of(0, null, null, null)).hasMessageContaining("'rating'");
    assertThatThrownBy(() -> Ratings.of(3, null, 6, null))
        .hasMessageContaining("'significance' must be a whole number from 1 to 5; it was 6");
    assertThatThrownBy(() -> Ratings.parse("rigor", "three")).hasMessageContaining("'rigor'");
    assertThat(Ratings.parse("novelty", " ")).isNull();
  }

  private static void add(long[] totals, long[] difference) {
    for (int i = 0; i < totals.length; i++) {
      totals[i] += difference[i];
    }
  }
}
