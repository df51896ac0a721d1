package org.follicle.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

  private final Catalog catalog;
  private final StudyTreatmentStore links;
  private final ModeratedFacts facts;

  TreatmentEvidence(Catalog catalog, StudyTreatmentStore links, ModeratedFacts facts) {
    this.catalog = catalog;
    this.links = links;
    this.facts = facts;
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
    Map<Long, List<StudyFact>> factsById = facts.facts(ids);
    Map<Long, List<StudyResult>> resultsById = facts.results(ids);
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
          List<TreatmentStudy> studies =
              paperIds.stream()
                  .map(
                      id ->
                          TreatmentStudy.of(
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

  private TreatmentReport.ConditionEvidence condition(String slug, List<TreatmentStudy> studies) {
    String name =
        HairLossConditions.bySlug(slug).map(HairLossConditions.Condition::name).orElse(slug);
    Map<String, List<TreatmentReport.Study>> byDesign = new LinkedHashMap<>();
    studies.stream()
        .map(TreatmentStudy::study)
        .sorted(
            Comparator.<TreatmentReport.Study>comparingInt(s -> designRank(s.design()))
                .thenComparing(Comparator.comparingInt(TreatmentReport.Study::citedBy).reversed()))
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
    outcomes.addAll(OutcomePooling.responses(slug, studies));
    outcomes.addAll(OutcomePooling.ratios(slug, studies));
    return new TreatmentReport.ConditionEvidence(
        slug, name, studies.size(), participants, designs, outcomes, AdverseEventTable.of(studies));
  }

  private static int designRank(String design) {
    int rank = DESIGN_ORDER.indexOf(design);
    return rank < 0 ? DESIGN_ORDER.size() : rank;
  }
}
