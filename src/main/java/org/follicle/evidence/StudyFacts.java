package org.follicle.evidence;

import java.util.List;
import java.util.Optional;
import org.follicle.catalog.Catalog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The evidence module's entry point: the study facts of a paper. */
@Service
public class StudyFacts {

  private final Catalog catalog;
  private final ModeratedFacts store;

  StudyFacts(Catalog catalog, ModeratedFacts store) {
    this.catalog = catalog;
    this.store = store;
  }

  /** The facts of a catalogued paper (empty list when none were found), or empty if no paper. */
  @Transactional(readOnly = true)
  public Optional<List<StudyFact>> of(long paperId) {
    return catalog.paper(paperId).map(paper -> store.facts(paperId));
  }
}
