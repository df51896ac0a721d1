package org.follicle.evidence;

/**
 * A result a study reports, read with the sentence it stands in: how many participants responded on
 * an outcome (events of total), how many had an adverse event (events, of a total when the sentence
 * gives one), or a ratio between groups with its 95% confidence interval. Fields a kind does not
 * use are null.
 */
record StudyResult(
    Kind kind,
    String outcome,
    String timepoint,
    Integer events,
    Integer total,
    String measure,
    Double estimate,
    Double ciLow,
    Double ciHigh,
    String sentence) {

  /** What a result tells. */
  enum Kind {
    /** Participants who reached an outcome, such as SALT50, of those assessed. */
    RESPONSE,
    /** Participants who had an adverse event. */
    ADVERSE_EVENT,
    /** A risk, odds or hazard ratio between groups. */
    RATIO
  }

  static StudyResult response(
      String outcome, String timepoint, int events, int total, String sentence) {
    return new StudyResult(
        Kind.RESPONSE, outcome, timepoint, events, total, null, null, null, null, sentence);
  }

  static StudyResult adverseEvent(String event, Integer events, Integer total, String sentence) {
    return new StudyResult(
        Kind.ADVERSE_EVENT, event, null, events, total, null, null, null, null, sentence);
  }

  static StudyResult ratio(
      String outcome,
      String timepoint,
      String measure,
      double estimate,
      double ciLow,
      double ciHigh,
      String sentence) {
    return new StudyResult(
        Kind.RATIO, outcome, timepoint, null, null, measure, estimate, ciLow, ciHigh, sentence);
  }

  /** The share of participants with the outcome, in percent. */
  double percent() {
    return 100.0 * events / total;
  }

  /** How a reader sees this result, such as "SALT50 in 5/7 (71.4%) after 12 months". */
  String describe() {
    String when = timepoint == null ? "" : " after " + timepoint;
    return switch (kind) {
      case RESPONSE ->
          "%s in %d/%d (%s%%)%s"
              .formatted(outcome, events, total, PercentFormat.of(percent()), when);
      case ADVERSE_EVENT ->
          events == null
              ? outcome
              : total == null
                  ? "%s in %d %s"
                      .formatted(outcome, events, events == 1 ? "participant" : "participants")
                  : "%s in %d/%d".formatted(outcome, events, total);
      case RATIO ->
          "%s %s %s (95%% CI %s to %s)%s"
              .formatted(
                  measure,
                  outcome,
                  PercentFormat.number(estimate),
                  PercentFormat.number(ciLow),
                  PercentFormat.number(ciHigh),
                  when);
    };
  }
}
