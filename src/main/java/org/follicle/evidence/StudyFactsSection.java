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

  StudyFactsSection(StudyFactStore store) {
    this.store = store;
  }

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
    return Optional.of(
        byKind.entrySet().stream().map(e -> new Group(e.getKey().label(), e.getValue())).toList());
  }
}
