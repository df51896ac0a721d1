package org.follicle.evidence;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.follicle.catalog.PaperPageSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The study-facts panel of the paper page, after the abstract: facts grouped by kind. */
@Component
@Order(10)
class StudyFactsSection implements PaperPageSection {

  private final StudyFactStore store;
  private final StudyTreatmentStore treatments;

  StudyFactsSection(StudyFactStore store, StudyTreatmentStore treatments) {
    this.store = store;
    this.treatments = treatments;
  }

  /** The panel: the facts by kind, and the treatments studied, whose pages it links to. */
  record Panel(List<Group> groups, List<Treatment> treatments) {}

  /** The facts of one kind, as the template draws them. */
  record Group(String label, List<StudyFact> facts) {}

  @Override
  public Placement placement() {
    return Placement.BODY;
  }

  @Override
  public String template() {
    return "evidence/paper-facts";
  }

  @Override
  public Optional<?> content(long paperId) {
    List<StudyFact> facts = store.facts(paperId);
    if (facts.isEmpty()) {
      return Optional.empty();
    }
    Map<FactKind, List<StudyFact>> byKind =
        facts.stream()
            .collect(
                Collectors.groupingBy(
                    StudyFact::kind,
                    () -> new java.util.EnumMap<>(FactKind.class),
                    Collectors.toList()));
    List<Group> groups =
        byKind.entrySet().stream().map(e -> new Group(e.getKey().label(), e.getValue())).toList();
    List<Treatment> studied =
        treatments.treatmentsOf(paperId).stream()
            .map(HairLossTreatments::bySlug)
            .flatMap(Optional::stream)
            .toList();
    return Optional.of(new Panel(groups, studied));
  }
}
