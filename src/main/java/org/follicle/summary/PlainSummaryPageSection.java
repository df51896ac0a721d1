package org.follicle.summary;

import java.util.Optional;
import org.follicle.catalog.PaperPageSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The plain-language summary on the paper page, right under the TLDR: who wrote it, its versions
 * and their changes.
 */
@Component
@Order(TldrPageSection.ORDER + 1)
class PlainSummaryPageSection implements PaperPageSection {

  private final PlainSummaries summaries;
  private final SummaryEditors editors;

  PlainSummaryPageSection(PlainSummaries summaries, SummaryEditors editors) {
    this.summaries = summaries;
    this.editors = editors;
  }

  @Override
  public Placement placement() {
    return Placement.LEAD;
  }

  @Override
  public String template() {
    return "summary/paper-plain-summary";
  }

  @Override
  public Optional<TldrSection> content(long paperId) {
    return TldrSection.of(paperId, summaries.history(paperId), editors.mayEdit(paperId));
  }
}
