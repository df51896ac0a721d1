package org.follicle.evidence;

import java.util.List;
import java.util.Optional;
import org.follicle.catalog.Catalog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The visual abstract of each catalogued paper that has study facts. */
@Service
class VisualAbstracts {

  private final Catalog catalog;
  private final ModeratedFacts facts;

  VisualAbstracts(Catalog catalog, ModeratedFacts facts) {
    this.catalog = catalog;
    this.facts = facts;
  }

  /** The paper's visual abstract; empty when there is no such paper or it has no facts. */
  @Transactional(readOnly = true)
  Optional<VisualAbstract> of(long paperId) {
    List<StudyFact> found = facts.facts(paperId);
    if (found.isEmpty()) {
      // Most papers have no facts: they need no title read either.
      return Optional.empty();
    }
    return catalog.summaries(List.of(paperId)).stream()
        .findFirst()
        .flatMap(paper -> VisualAbstract.of(paper.title(), found, facts.results(paperId)));
  }
}
