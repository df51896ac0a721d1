package org.follicle.citation;

import java.util.List;
import java.util.Optional;
import org.follicle.catalog.PaperPageSection;
import org.follicle.catalog.PaperSummary;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A notice at the top of the page when the paper cites a retracted one: its findings may rest on
 * work that no longer stands, which a reader deciding on a treatment should know first.
 */
@Component
@Order(5)
class RetractedCitationSection implements PaperPageSection {

  private final PaperCitations citations;
  private final CitationPageSwitch pageSwitch;

  RetractedCitationSection(PaperCitations citations, CitationPageSwitch pageSwitch) {
    this.citations = citations;
    this.pageSwitch = pageSwitch;
  }

  @Override
  public Placement placement() {
    return Placement.LEAD;
  }

  @Override
  public String template() {
    return "citation/cites-retracted";
  }

  @Override
  public Optional<?> content(long paperId) {
    if (!pageSwitch.enabled()) {
      return Optional.empty();
    }
    List<PaperSummary> retracted = citations.retractedCited(paperId);
    return retracted.isEmpty() ? Optional.empty() : Optional.of(retracted);
  }
}
