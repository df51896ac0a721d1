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
            12,
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
            12,
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
            10,
            pooled(3, 0));

    assertThat(c.level()).isEqualTo(Certainty.Level.VERY_LOW);
    assertThat(c.reasons())
        .anyMatch(r -> r.startsWith("Risk of bias: randomised trials are pooled"));
  }

  @Test
  void aSmallCaseSeriesIsVeryLowForEveryReasonItHas() {
    Certainty c = CertaintyRating.rate(List.of("case series"), 12, 55, pooled(1, 0));

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
