package org.follicle.evidence;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;

/**
 * The evidence for one treatment as its page and API give it: its studies by condition and design,
 * and per condition the pooled outcomes and the adverse events.
 */
record TreatmentReport(
    Treatment treatment, int studies, long participants, List<ConditionEvidence> conditions) {

  /** The studies of the treatment in one condition. */
  record ConditionEvidence(
      String slug,
      String name,
      int studies,
      long participants,
      List<DesignGroup> designs,
      List<OutcomeEvidence> outcomes,
      List<AdverseEventRow> adverseEvents) {}

  /** The studies of one design. */
  record DesignGroup(String design, List<Study> studies) {}

  /** One study as the page lists it. */
  record Study(
      long paperId, String title, String year, String design, Long participants, int citedBy) {}

  /**
   * One outcome pooled across studies: the estimate on the scale a reader sees (percent for
   * responses, the ratio itself for ratios) by REML and by DerSimonian-Laird, the rows of the
   * forest plot, and the certainty.
   */
  record OutcomeEvidence(
      String id,
      String outcome,
      String measure,
      int studies,
      long participants,
      List<StudyEstimateRow> rows,
      Pooled reml,
      Pooled dersimonianLaird,
      Certainty certainty,
      @JsonIgnore String forestPlotSvg) {}

  /** One study's estimate on the reader's scale, with its weight in the REML pooling. */
  record StudyEstimateRow(
      long paperId,
      String label,
      String detail,
      String timepoint,
      double estimate,
      double ciLow,
      double ciHigh,
      double weightPercent,
      String shown,
      String sentence) {}

  /**
   * A pooled estimate on the reader's scale with the heterogeneity figures, and as the page prints
   * it ("71.4%", "95% CI 32.7% to 92.8%").
   */
  record Pooled(
      String estimator,
      double estimate,
      double ciLow,
      double ciHigh,
      double tau2,
      double i2,
      double q,
      double qPValue,
      String estimateShown,
      String intervalShown) {}

  /** One adverse event across the studies that report it. */
  record AdverseEventRow(
      String event, int studies, Integer participantsWithEvent, Integer participantsCounted) {}
}
