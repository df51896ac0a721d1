package org.follicle.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.PaperSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the evidence for a treatment: every study whose interventions name it, grouped by
 * condition and design; per condition and outcome a random-effects pooled estimate (logit
 * proportions for responses, log ratios for reported ratios), its forest plot and its certainty;
 * and the adverse events the studies report.
 */
@Service
class TreatmentEvidence {

  private static final List<String> DESIGN_ORDER =
      List.of(
          "meta-analysis",
          "systematic review",
          "randomised controlled trial",
          "non-randomised trial",
          "cohort study",
          "case-control study",
          "cross-sectional study",
          "prospective study",
          "retrospective study",
          "case series",
          "case report",
          "design not stated");

  private static final Pattern TIMEPOINT =
      Pattern.compile("(?:week|month|year)?\\s*(\\d+)\\s*(week|month|year)?");

  private final Catalog catalog;
  private final StudyTreatmentStore links;
  private final StudyFactStore facts;
  private final StudyResultStore results;

  TreatmentEvidence(
      Catalog catalog, StudyTreatmentStore links, StudyFactStore facts, StudyResultStore results) {
    this.catalog = catalog;
    this.links = links;
    this.facts = facts;
    this.results = results;
  }

  /** A treatment with how many studies Follicle holds of it. */
  record Listed(Treatment treatment, long studies) {}

  /** Every curated treatment by name, with its number of studies. */
  @Transactional(readOnly = true)
  List<Listed> all() {
    Map<String, Long> counts = links.counts();
    return HairLossTreatments.byName().stream()
        .map(t -> new Listed(t, counts.getOrDefault(t.slug(), 0L)))
        .toList();
  }

  /** The evidence for the treatment with this slug, or empty if Follicle keeps no such page. */
  @Transactional(readOnly = true)
  Optional<TreatmentReport> report(String slug) {
    return HairLossTreatments.bySlug(slug).map(this::report);
  }

  private TreatmentReport report(Treatment treatment) {
    List<StudyTreatmentStore.Link> papers = links.papers(treatment.slug());
    List<Long> ids = papers.stream().map(StudyTreatmentStore.Link::paperId).toList();
    Map<Long, List<StudyFact>> factsById = facts.of(ids);
    Map<Long, List<StudyResult>> resultsById = results.of(ids);
    Map<Long, PaperSummary> summaries =
        catalog.summaries(ids).stream().collect(Collectors.toMap(PaperSummary::id, s -> s));
    Map<String, List<Long>> byCondition = new LinkedHashMap<>();
    for (StudyTreatmentStore.Link link : papers) {
      if (summaries.containsKey(link.paperId())) {
        byCondition
            .computeIfAbsent(link.conditionSlug(), c -> new ArrayList<>())
            .add(link.paperId());
      }
    }
    List<TreatmentReport.ConditionEvidence> conditions = new ArrayList<>();
    byCondition.forEach(
        (conditionSlug, paperIds) -> {
          List<StudyEntry> studies =
              paperIds.stream()
                  .map(
                      id ->
                          StudyEntry.of(
                              summaries.get(id),
                              factsById.getOrDefault(id, List.of()),
                              resultsById.getOrDefault(id, List.of())))
                  .toList();
          conditions.add(condition(conditionSlug, studies));
        });
    conditions.sort(Comparator.comparingInt(TreatmentReport.ConditionEvidence::studies).reversed());
    int studyCount = conditions.stream().mapToInt(TreatmentReport.ConditionEvidence::studies).sum();
    long participants =
        conditions.stream().mapToLong(TreatmentReport.ConditionEvidence::participants).sum();
    return new TreatmentReport(treatment, studyCount, participants, List.copyOf(conditions));
  }

  /** A study's page row with its facts and results. */
  private record StudyEntry(TreatmentReport.Study study, List<StudyResult> results) {

    static StudyEntry of(PaperSummary paper, List<StudyFact> facts, List<StudyResult> results) {
      String design = first(facts, FactKind.DESIGN).orElse("design not stated");
      Long participants =
          first(facts, FactKind.SAMPLE_SIZE)
              .map(v -> v.replaceAll("[^0-9]", ""))
              .filter(v -> !v.isEmpty() && v.length() < 10)
              .map(Long::valueOf)
              .orElse(design.equals("case report") ? 1L : null);
      String year = paper.date().year() == null ? "" : paper.date().year().toString();
      return new StudyEntry(
          new TreatmentReport.Study(paper.id(), paper.title(), year, design, participants),
          results);
    }

    private static Optional<String> first(List<StudyFact> facts, FactKind kind) {
      return facts.stream().filter(f -> f.kind() == kind).map(StudyFact::value).findFirst();
    }

    String label() {
      String title = study.title();
      String shortTitle = title.length() <= 24 ? title : title.substring(0, 23).strip() + "…";
      return study.year().isEmpty() ? shortTitle : shortTitle + " (" + study.year() + ")";
    }
  }

  private TreatmentReport.ConditionEvidence condition(String slug, List<StudyEntry> studies) {
    String name =
        HairLossConditions.bySlug(slug).map(HairLossConditions.Condition::name).orElse(slug);
    Map<String, List<TreatmentReport.Study>> byDesign = new LinkedHashMap<>();
    studies.stream()
        .map(StudyEntry::study)
        .sorted(Comparator.comparingInt(s -> designRank(s.design())))
        .forEach(s -> byDesign.computeIfAbsent(s.design(), d -> new ArrayList<>()).add(s));
    List<TreatmentReport.DesignGroup> designs =
        byDesign.entrySet().stream()
            .map(e -> new TreatmentReport.DesignGroup(e.getKey(), List.copyOf(e.getValue())))
            .toList();
    long participants =
        studies.stream()
            .map(s -> s.study().participants())
            .filter(java.util.Objects::nonNull)
            .mapToLong(Long::longValue)
            .sum();
    List<TreatmentReport.OutcomeEvidence> outcomes = new ArrayList<>();
    outcomes.addAll(responses(slug, studies));
    outcomes.addAll(ratios(slug, studies));
    return new TreatmentReport.ConditionEvidence(
        slug, name, studies.size(), participants, designs, outcomes, adverseEvents(studies));
  }

  /** Responses pooled per outcome, one result per study: the one at the latest time point. */
  private List<TreatmentReport.OutcomeEvidence> responses(
      String conditionSlug, List<StudyEntry> studies) {
    Map<String, Map<StudyEntry, StudyResult>> byOutcome = new LinkedHashMap<>();
    for (StudyEntry study : studies) {
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
  private List<TreatmentReport.OutcomeEvidence> ratios(
      String conditionSlug, List<StudyEntry> studies) {
    Map<String, List<Pooling>> byOutcome = new LinkedHashMap<>();
    for (StudyEntry study : studies) {
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
      StudyEntry study,
      StudyResult result,
      StudyEstimate estimate,
      String detail,
      long participants) {}

  private TreatmentReport.OutcomeEvidence outcome(
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
            .toLowerCase(java.util.Locale.ROOT)
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
            "Forest plot: " + outcome + ", " + measure.toLowerCase(java.util.Locale.ROOT),
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

  /** Adverse events across the studies; counts add up over the studies that give one. */
  private static List<TreatmentReport.AdverseEventRow> adverseEvents(List<StudyEntry> studies) {
    Map<String, int[]> byEvent = new LinkedHashMap<>();
    Map<String, Boolean> counted = new LinkedHashMap<>();
    for (StudyEntry study : studies) {
      Map<String, StudyResult> perStudy = new LinkedHashMap<>();
      study.results().stream()
          .filter(r -> r.kind() == StudyResult.Kind.ADVERSE_EVENT)
          .forEach(r -> perStudy.merge(r.outcome(), r, (a, b) -> a.events() != null ? a : b));
      perStudy.forEach(
          (event, r) -> {
            int[] sums = byEvent.computeIfAbsent(event, e -> new int[3]);
            sums[0]++;
            Long denominator =
                r.total() != null ? Long.valueOf(r.total()) : study.study().participants();
            if (r.events() != null && denominator != null) {
              sums[1] += r.events();
              sums[2] += denominator.intValue();
              counted.put(event, true);
            }
          });
    }
    return byEvent.entrySet().stream()
        .map(
            e ->
                new TreatmentReport.AdverseEventRow(
                    e.getKey(),
                    e.getValue()[0],
                    counted.containsKey(e.getKey()) ? e.getValue()[1] : null,
                    counted.containsKey(e.getKey()) ? e.getValue()[2] : null))
        .toList();
  }

  private static int designRank(String design) {
    int rank = DESIGN_ORDER.indexOf(design);
    return rank < 0 ? DESIGN_ORDER.size() : rank;
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
