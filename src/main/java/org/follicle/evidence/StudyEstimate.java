package org.follicle.evidence;

/**
 * One study's result on the scale it is pooled on (a logit proportion, a log risk ratio), with its
 * sampling variance.
 */
record StudyEstimate(double value, double variance) {

  StudyEstimate {
    if (!Double.isFinite(value) || !(variance > 0) || !Double.isFinite(variance)) {
      throw new IllegalArgumentException(
          "a study estimate needs a finite value and a positive variance, not %s and %s"
              .formatted(value, variance));
    }
  }

  /** The proportion of events on the logit scale; zero or all events get half an event added. */
  static StudyEstimate logitProportion(int events, int total) {
    checkCounts(events, total);
    double x = events;
    double y = (double) total - events;
    if (events == 0 || events == total) {
      x += 0.5;
      y += 0.5;
    }
    return new StudyEstimate(Math.log(x / y), 1 / x + 1 / y);
  }

  /**
   * The log risk ratio of two groups' 2×2 counts (events and group sizes), with half an event added
   * to every cell of a table with an empty cell, as metafor's escalc does.
   */
  static StudyEstimate logRiskRatio(int events1, int total1, int events2, int total2) {
    checkCounts(events1, total1);
    checkCounts(events2, total2);
    double a = events1;
    double n1 = total1;
    double c = events2;
    double n2 = total2;
    if (events1 == 0 || events2 == 0 || events1 == total1 || events2 == total2) {
      a += 0.5;
      c += 0.5;
      n1 += 1;
      n2 += 1;
    }
    return new StudyEstimate(Math.log((a / n1) / (c / n2)), 1 / a - 1 / n1 + 1 / c - 1 / n2);
  }

  /**
   * A ratio (risk, odds or hazard ratio) reported with its 95% confidence interval, on the log
   * scale: the standard error is the interval's log width over twice 1.96.
   */
  static StudyEstimate logRatio(double ratio, double ciLow, double ciHigh) {
    if (!(ratio > 0 && ciLow > 0 && ciLow <= ratio && ratio <= ciHigh)) {
      throw new IllegalArgumentException(
          "a ratio %s needs a positive interval around it, not %s to %s"
              .formatted(ratio, ciLow, ciHigh));
    }
    double se = (Math.log(ciHigh) - Math.log(ciLow)) / (2 * RandomEffects.Z_95);
    return new StudyEstimate(Math.log(ratio), se * se);
  }

  private static void checkCounts(int events, int total) {
    if (total <= 0 || events < 0 || events > total) {
      throw new IllegalArgumentException(
          "%d events in %d participants is not a proportion".formatted(events, total));
    }
  }
}
