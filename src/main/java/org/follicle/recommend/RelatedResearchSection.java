package org.follicle.recommend;

import java.util.List;
import java.util.Optional;
import org.follicle.catalog.PaperPageSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** "Related research" on the paper page, after the paper's own sections. */
@Component
@Order(50)
class RelatedResearchSection implements PaperPageSection {

  /** Cards shown on the page; the API gives more. */
  static final int CARDS = 5;

  private final RelatedResearch related;

  RelatedResearchSection(RelatedResearch related) {
    this.related = related;
  }

  @Override
  public Placement placement() {
    return Placement.BODY;
  }

  @Override
  public String template() {
    return "recommend/paper-related";
  }

  @Override
  public Optional<?> content(long paperId) {
    List<RelatedPaper> papers = related.of(paperId, CARDS);
    return papers.isEmpty() ? Optional.empty() : Optional.of(papers);
  }
}
