package org.follicle.evidence;

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
    return catalog.summaries(java.util.List.of(paperId)).stream()
        .findFirst()
        .flatMap(
            paper ->
                VisualAbstract.of(paper.title(), facts.facts(paperId), facts.results(paperId)));
  }
}
