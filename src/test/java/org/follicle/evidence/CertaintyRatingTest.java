package org.follicle.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CertaintyRatingTest {

  private static PooledEstimate pooled(int studies, double i2) {
    return new PooledEstimate(TauEstimator.REML, studies, 0, 0.1, -0.2, 0.2, 0.01, 3, 0.4, i2);
  }

  @Test
  void largeConsistentRandomisedEvidenceStaysHigh() {
    Certainty c =
        CertaintyRating.rate(
            List.of("randomised controlled trial", "randomised controlled trial"),
            800,
            CertaintyRating.Interval.ofPercent(40, 52),
            pooled(2, 10));

    assertThat(c.level()).isEqualTo(Certainty.Level.HIGH);
    assertThat(c.reasons()).hasSize(2).last().asString().startsWith("Consistent");
  }

  @Test
  void inconsistentTrialsAreRatedDownOnce() {
    Certainty c =
        CertaintyRating.rate(
            List.of("randomised controlled trial", "randomised controlled trial"),
            800,
            CertaintyRating.Interval.ofRatio(0.45, 0.85),
            pooled(2, 75));

    assertThat(c.level()).isEqualTo(Certainty.Level.MODERATE);
    assertThat(c.reasons())
        .anyMatch(r -> r.startsWith("Inconsistency: the studies disagree (I² = 75%)"));
  }

  @Test
  void trialsPooledWithObservationalStudiesStartLowAndLoseAStepForRiskOfBias() {
    Certainty c =
        CertaintyRating.rate(
            List.of("randomised controlled trial", "cohort study", "cohort study"),
            900,
            CertaintyRating.Interval.ofPercent(40, 50),
            pooled(3, 0));

    assertThat(c.level()).isEqualTo(Certainty.Level.VERY_LOW);
    assertThat(c.reasons())
        .anyMatch(r -> r.startsWith("Risk of bias: randomised trials are pooled"));
  }

  @Test
  void aLargeTrialWhoseRatioCrossesNoEffectIsImprecise() {
    Certainty c =
        CertaintyRating.rate(
            List.of("randomised controlled trial"),
            2000,
            CertaintyRating.Interval.ofRatio(0.8, 1.2),
            pooled(1, 0));

    assertThat(c.level()).isEqualTo(Certainty.Level.MODERATE);
    assertThat(c.reasons())
        .contains(
            "Imprecision: 2000 participants in 1 study; the 95% interval runs from 0.8 to 1.2,"
                + " across no effect.");
  }

  @Test
  void aSmallCaseSeriesIsVeryLowForEveryReasonItHas() {
    Certainty c =
        CertaintyRating.rate(
            List.of("case series"), 12, CertaintyRating.Interval.ofPercent(30, 85), pooled(1, 0));

    assertThat(c.level()).isEqualTo(Certainty.Level.VERY_LOW);
    assertThat(c.reasons())
        .extracting(r -> r.split(":")[0])
        .containsExactly(
            "Starts low",
            "Risk of bias",
            "Imprecision",
            "Inconsistency cannot be judged from a single study.");
  }
}
