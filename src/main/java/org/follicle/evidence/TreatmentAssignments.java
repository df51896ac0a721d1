package org.follicle.evidence;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Files each paper under the curated treatments its interventions name, in the condition its facts
 * name, from the facts as shown (so a moderator's corrected intervention counts, not the one read).
 */
@Component
class TreatmentAssignments {

  private final ModeratedFacts facts;
  private final StudyTreatmentStore treatments;

  TreatmentAssignments(ModeratedFacts facts, StudyTreatmentStore treatments) {
    this.facts = facts;
    this.treatments = treatments;
  }

  /** Files the paper again; returns whether its set of treatments changed. */
  boolean update(long paperId) {
    List<StudyFact> shown = facts.facts(paperId);
    List<Treatment> studied =
        HairLossTreatments.ALL.stream()
            .filter(
                t ->
                    shown.stream()
                        .anyMatch(f -> f.kind() == FactKind.INTERVENTION && t.namedIn(f.value())))
            .toList();
    return treatments.replace(paperId, studied, HairLossConditions.of(shown).slug());
  }
}
