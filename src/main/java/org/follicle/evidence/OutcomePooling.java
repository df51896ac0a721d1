package org.follicle.evidence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pools a condition's results per outcome across the studies of a treatment: responses as logit
 * proportions (one per study, the latest time point), reported ratios on the log scale, each by
 * REML and DerSimonian-Laird, with the forest plot and the certainty of the pooled estimate.
 */
final class OutcomePooling {

  private static final Pattern TIMEPOINT =
      Pattern.compile("(?:week|month|year)?\\s*(\\d+)\\s*(week|month|year)?");

  private OutcomePooling() {}

  /** Responses pooled per outcome, one result per study: the one at the latest time point. */
  static List<TreatmentReport.OutcomeEvidence> responses(
      String conditionSlug, List<TreatmentStudy> studies) {
    Map<String, Map<TreatmentStudy, StudyResult>> byOutcome = new LinkedHashMap<>();
    for (TreatmentStudy study : studies) {
      for (StudyResult r : study.results()) {
        if (r.kind() == StudyResult.Kind.RESPONSE) {
          byOutcome
              .computeIfAbsent(r.outcome(), o -> new LinkedHashMap<>())
              .merge(study, r, (a, b) -> weeks(b.timepoint()) > weeks(a.timepoint()) ? b : a);
        }
      }
    }
    List<TreatmentReport.OutcomeEvidence> outcomes = new ArrayList<>();
    byOutcome.forEach(
        (outcome, chosen) -> {
          List<Pooling> entries = new ArrayList<>();
          chosen.forEach(
              (study, r) ->
                  entries.add(
                      new Pooling(
                          study,
                          r,
                          StudyEstimate.logitProportion(r.events(), r.total()),
                          "%d/%d".formatted(r.events(), r.total()),
                          r.total())));
          outcomes.add(
              outcome(
                  conditionSlug,
                  outcome,
                  "Responders (%)",
                  entries,
                  p -> 100 / (1 + Math.exp(-p)),
                  true));
        });
    return outcomes;
  }

  /** Reported ratios pooled per measure and outcome on the log scale. */
  static List<TreatmentReport.OutcomeEvidence> ratios(
      String conditionSlug, List<TreatmentStudy> studies) {
    Map<String, List<Pooling>> byOutcome = new LinkedHashMap<>();
    for (TreatmentStudy study : studies) {
      study.results().stream()
          .filter(r -> r.kind() == StudyResult.Kind.RATIO)
          .findFirst()
          .ifPresent(
              r ->
                  byOutcome
                      .computeIfAbsent(r.measure() + " " + r.outcome(), k -> new ArrayList<>())
                      .add(
                          new Pooling(
                              study,
                              r,
                              StudyEstimate.logRatio(r.estimate(), r.ciLow(), r.ciHigh()),
                              r.measure(),
                              study.study().participants() == null
                                  ? 0
                                  : study.study().participants())));
    }
    List<TreatmentReport.OutcomeEvidence> outcomes = new ArrayList<>();
    byOutcome.forEach(
        (key, entries) ->
            outcomes.add(
                outcome(
                    conditionSlug,
                    key,
                    measureName(entries.get(0).result().measure()),
                    entries,
                    Math::exp,
                    false)));
    return outcomes;
  }

  /** One study's contribution to a pooled outcome. */
  private record Pooling(
      TreatmentStudy study,
      StudyResult result,
      StudyEstimate estimate,
      String detail,
      long participants) {}

  private static TreatmentReport.OutcomeEvidence outcome(
      String conditionSlug,
      String outcome,
      String measure,
      List<Pooling> entries,
      DoubleUnaryOperator toReaderScale,
      boolean percent) {
    List<StudyEstimate> estimates = entries.stream().map(Pooling::estimate).toList();
    PooledEstimate reml = RandomEffects.pool(estimates, TauEstimator.REML);
    PooledEstimate dl = RandomEffects.pool(estimates, TauEstimator.DERSIMONIAN_LAIRD);
    double[] weights =
        estimates.stream().mapToDouble(e -> 1 / (e.variance() + reml.tau2())).toArray();
    double totalWeight = java.util.Arrays.stream(weights).sum();
    List<TreatmentReport.StudyEstimateRow> rows = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Pooling p = entries.get(i);
      double se = Math.sqrt(p.estimate().variance());
      double y = p.estimate().value();
      rows.add(
          new TreatmentReport.StudyEstimateRow(
              p.study().study().paperId(),
              p.study().label(),
              p.detail(),
              p.result().timepoint(),
              toReaderScale.applyAsDouble(y),
              toReaderScale.applyAsDouble(y - RandomEffects.Z_95 * se),
              toReaderScale.applyAsDouble(y + RandomEffects.Z_95 * se),
              100 * weights[i] / totalWeight,
              shownRow(toReaderScale, y, se, percent),
              p.result().sentence()));
    }
    TreatmentReport.Pooled remlShown = shown(reml, toReaderScale, percent);
    long participants = entries.stream().mapToLong(Pooling::participants).sum();
    List<String> designs = entries.stream().map(p -> p.study().study().design()).toList();
    Certainty certainty =
        CertaintyRating.rate(
            designs,
            participants,
            percent
                ? CertaintyRating.Interval.ofPercent(remlShown.ciLow(), remlShown.ciHigh())
                : CertaintyRating.Interval.ofRatio(remlShown.ciLow(), remlShown.ciHigh()),
            reml);
    String id =
        ("forest-" + conditionSlug + "-" + outcome)
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-");
    List<ForestPlot.Row> plotRows =
        rows.stream()
            .map(
                r ->
                    new ForestPlot.Row(
                        r.label(), r.estimate(), r.ciLow(), r.ciHigh(), r.weightPercent()))
            .toList();
    ForestPlot.Row pooledRow =
        new ForestPlot.Row(
            "Pooled", remlShown.estimate(), remlShown.ciLow(), remlShown.ciHigh(), 100);
    String svg =
        ForestPlot.svg(
            id,
            "Forest plot: " + outcome + ", " + measure.toLowerCase(Locale.ROOT),
            plotRows,
            pooledRow,
            percent ? ForestPlot.percent() : ForestPlot.ratio(plotRows));
    return new TreatmentReport.OutcomeEvidence(
        id,
        outcome,
        measure,
        entries.size(),
        participants,
        List.copyOf(rows),
        remlShown,
        shown(dl, toReaderScale, percent),
        certainty,
        svg);
  }

  private static TreatmentReport.Pooled shown(
      PooledEstimate p, DoubleUnaryOperator scale, boolean percent) {
    double estimate = scale.applyAsDouble(p.estimate());
    double low = scale.applyAsDouble(p.ciLow());
    double high = scale.applyAsDouble(p.ciHigh());
    return new TreatmentReport.Pooled(
        p.estimator().label(),
        estimate,
        low,
        high,
        p.tau2(),
        p.i2(),
        p.q(),
        p.qPValue(),
        format(estimate, percent),
        "95%% CI %s to %s".formatted(format(low, percent), format(high, percent)));
  }

  /** One study's estimate as the table prints it: "71.4% (32.7% to 92.8%)". */
  private static String shownRow(DoubleUnaryOperator scale, double y, double se, boolean percent) {
    return "%s (%s to %s)"
        .formatted(
            format(scale.applyAsDouble(y), percent),
            format(scale.applyAsDouble(y - RandomEffects.Z_95 * se), percent),
            format(scale.applyAsDouble(y + RandomEffects.Z_95 * se), percent));
  }

  private static String format(double value, boolean percent) {
    return percent ? PercentFormat.of(value) + "%" : PercentFormat.number(value);
  }

  private static String measureName(String measure) {
    return switch (measure) {
      case "RR" -> "Risk ratio";
      case "OR" -> "Odds ratio";
      default -> "Hazard ratio";
    };
  }

  /** A time point in weeks, to find a study's latest result; none counts as zero. */
  static double weeks(String timepoint) {
    if (timepoint == null) {
      return 0;
    }
    Matcher m = TIMEPOINT.matcher(timepoint);
    if (!m.find()) {
      return 0;
    }
    String unit = timepoint.replaceAll("[^a-z]", " ").strip().split("\\s+")[0];
    double n = Double.parseDouble(m.group(1));
    return switch (unit) {
      case "month", "months" -> n * 4.345;
      case "year", "years" -> n * 52.18;
      default -> n;
    };
  }
}
