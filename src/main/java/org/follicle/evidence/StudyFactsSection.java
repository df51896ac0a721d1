package org.follicle.evidence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.follicle.account.CurrentUser;
import org.follicle.account.Role;
import org.follicle.catalog.PaperPageSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The study-facts panel of the paper page, after the abstract: facts grouped by kind, each with who
 * corrected it and why, and for moderators the link to correct them.
 */
@Component
@Order(10)
class StudyFactsSection implements PaperPageSection {

  private final ModeratedFacts facts;
  private final FactCorrectionStore corrections;
  private final StudyTreatmentStore treatments;
  private final CurrentUser currentUser;

  StudyFactsSection(
      ModeratedFacts facts,
      FactCorrectionStore corrections,
      StudyTreatmentStore treatments,
      CurrentUser currentUser) {
    this.facts = facts;
    this.corrections = corrections;
    this.treatments = treatments;
    this.currentUser = currentUser;
  }

  /**
   * The panel: the facts by kind, the treatments studied, whose pages it links to, and whether the
   * reader may correct the facts.
   */
  record Panel(long paperId, List<Group> groups, List<Treatment> treatments, boolean correctable) {}

  /** The facts of one kind, as the template draws them. */
  record Group(String label, List<FactRow> facts) {}

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
    List<FactRow> rows = facts.rows(paperId, corrections.history(paperId));
    boolean moderator = currentUser.current().map(u -> u.has(Role.MODERATOR)).orElse(false);
    if (rows.isEmpty() && !moderator) {
      return Optional.empty();
    }
    Map<String, List<FactRow>> byKind = new LinkedHashMap<>();
    rows.forEach(
        row -> byKind.computeIfAbsent(row.label(), k -> new java.util.ArrayList<>()).add(row));
    List<Group> groups =
        byKind.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList();
    List<Treatment> studied =
        treatments.treatmentsOf(paperId).stream()
            .map(HairLossTreatments::bySlug)
            .flatMap(Optional::stream)
            .toList();
    return Optional.of(new Panel(paperId, groups, studied, moderator));
  }
}
