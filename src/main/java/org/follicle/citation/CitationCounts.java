package org.follicle.citation;

import java.util.Collection;
import java.util.Map;
import org.follicle.catalog.PaperCitationCounts;
import org.springframework.stereotype.Component;

/** The counts the citation tables keep, for the catalogue's paper resource. */
@Component
class CitationCounts implements PaperCitationCounts {

  private final CitationStore store;

  CitationCounts(CitationStore store) {
    this.store = store;
  }

  @Override
  public Counts of(long paperId) {
    return store.counts(paperId).map(c -> new Counts(c[0], c[1], c[2])).orElse(new Counts(0, 0, 0));
  }

  @Override
  public Map<Long, Integer> citedBy(Collection<Long> paperIds) {
    return paperIds.isEmpty() ? Map.of() : store.citedBy(paperIds);
  }
}
