package org.follicle.citation;

import java.util.List;
import java.util.Optional;
import org.follicle.catalog.PaperPageSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** "Research cited in this study": the paper's reference list, resolved studies linked. */
@Component
@Order(40)
class CitedResearchSection implements PaperPageSection {

  private final PaperCitations citations;
  private final CitationPageSwitch pageSwitch;

  CitedResearchSection(PaperCitations citations, CitationPageSwitch pageSwitch) {
    this.citations = citations;
    this.pageSwitch = pageSwitch;
  }

  /** The reference list with how many of its entries are catalogue papers. */
  record CitedResearch(long resolved, int total, List<CitedReference> references) {}

  @Override
  public Placement placement() {
    return Placement.BODY;
  }

  @Override
  public String template() {
    return "citation/cited-research";
  }

  @Override
  public Optional<?> content(long paperId) {
    if (!pageSwitch.enabled()) {
      return Optional.empty();
    }
    return citations
        .references(paperId)
        .filter(list -> !list.isEmpty())
        .map(
            list ->
                new CitedResearch(
                    list.stream().filter(CitedReference::resolved).count(), list.size(), list));
  }
}
