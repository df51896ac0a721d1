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

  /** A confidence interval of a proportion wider than this many percentage points is imprecise. */
  static final double WIDE_INTERVAL_POINTS = 30;

  /** A ratio's interval whose upper end is more than this many times its lower end is imprecise. */
  static final double WIDE_RATIO_SPAN = 3;

  /** The pooled 95% interval: whether it is too wide to act on, and how a reader reads it. */
  record Interval(boolean wide, String description) {

    /** A proportion's interval, in percentage points. */
    static Interval ofPercent(double low, double high) {
      return new Interval(
          high - low > WIDE_INTERVAL_POINTS,
          "the 95%% interval spans %s percentage points".formatted(PercentFormat.of(high - low)));
    }

    /** A ratio's interval: wide when it crosses 1 (no effect) or spans more than a factor 3. */
    static Interval ofRatio(double low, double high) {
      boolean crossesNoEffect = low < 1 && high > 1;
      return new Interval(
          crossesNoEffect || high / low > WIDE_RATIO_SPAN,
          "the 95%% interval runs from %s to %s%s"
              .formatted(
                  PercentFormat.number(low),
                  PercentFormat.number(high),
                  crossesNoEffect ? ", across no effect" : ""));
    }
  }

  static final double INCONSISTENT_I2 = 50;

  private CertaintyRating() {}

  /** The certainty of one pooled outcome, from its studies' designs, participants and interval. */
  static Certainty rate(
      List<String> designs, long participants, Interval interval, PooledEstimate pooled) {
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
    if (participants < ENOUGH_PARTICIPANTS || interval.wide()) {
      down++;
      reasons.add(
          "Imprecision: %d participants in %d %s; %s."
              .formatted(
                  participants,
                  pooled.studies(),
                  pooled.studies() == 1 ? "study" : "studies",
                  interval.description()));
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
