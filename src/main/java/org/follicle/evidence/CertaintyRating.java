package org.follicle.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rates the certainty of a pooled outcome the way GRADE does, from what the abstracts tell:
 * randomised trials start high and other designs low; the rating goes down one step each for risk
 * of bias (judged from the designs: uncontrolled reports, or trials mixed with non-randomised
 * studies), imprecision (few participants or a wide interval) and inconsistency (I² above 50%).
 * Publication bias and indirectness cannot be judged from abstracts and are not rated.
 */
final class CertaintyRating {

  static final Set<String> RANDOMISED =
      Set.of("randomised controlled trial", "meta-analysis", "systematic review");
  static final Set<String> UNCONTROLLED = Set.of("case report", "case series");

  /** Below this many participants an estimate is imprecise (GRADE's optimal information size). */
  static final int ENOUGH_PARTICIPANTS = 300;

  /** A confidence interval wider than this many percentage points is imprecise. */
  static final double WIDE_INTERVAL_POINTS = 30;

  static final double INCONSISTENT_I2 = 50;

  private CertaintyRating() {}

  /**
   * The certainty of one pooled outcome, from its studies' designs, its participants and the width
   * of its interval on the scale a reader sees (percentage points for proportions).
   */
  static Certainty rate(
      List<String> designs, long participants, double intervalWidth, PooledEstimate pooled) {
    List<String> reasons = new ArrayList<>();
    boolean allRandomised = designs.stream().allMatch(RANDOMISED::contains);
    Certainty.Level start = allRandomised ? Certainty.Level.HIGH : Certainty.Level.LOW;
    reasons.add(
        allRandomised
            ? "Starts high: every study is a randomised trial or a review of trials."
            : "Starts low: the studies are observational or not randomised (%s)."
                .formatted(String.join(", ", designs.stream().distinct().toList())));
    int down = 0;
    long uncontrolled = designs.stream().filter(UNCONTROLLED::contains).count();
    boolean mixed = !allRandomised && designs.stream().anyMatch(RANDOMISED::contains);
    if (uncontrolled * 2 >= designs.size()) {
      down++;
      reasons.add(
          "Risk of bias: %d of %d studies are case reports or case series without a control group."
              .formatted(uncontrolled, designs.size()));
    } else if (mixed) {
      down++;
      reasons.add("Risk of bias: randomised trials are pooled with non-randomised studies.");
    }
    if (participants < ENOUGH_PARTICIPANTS || intervalWidth > WIDE_INTERVAL_POINTS) {
      down++;
      reasons.add(
          "Imprecision: %d participants in %d %s; the 95%% interval spans %s points."
              .formatted(
                  participants,
                  pooled.studies(),
                  pooled.studies() == 1 ? "study" : "studies",
                  PercentFormat.of(intervalWidth)));
    }
    if (pooled.studies() > 1 && pooled.i2() > INCONSISTENT_I2) {
      down++;
      reasons.add(
          "Inconsistency: the studies disagree (I² = %s%%)."
              .formatted(PercentFormat.of(pooled.i2())));
    } else if (pooled.studies() == 1) {
      reasons.add("Inconsistency cannot be judged from a single study.");
    } else {
      reasons.add(
          "Consistent: I² = %s%% (Q = %s, p = %s)."
              .formatted(
                  PercentFormat.of(pooled.i2()),
                  PercentFormat.number(pooled.q()),
                  PercentFormat.number(pooled.qPValue())));
    }
    return new Certainty(start.down(down), List.copyOf(reasons));
  }
}
