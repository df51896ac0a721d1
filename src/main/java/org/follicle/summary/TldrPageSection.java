package org.follicle.summary;

import java.util.Optional;
import org.follicle.catalog.PaperPageSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The TLDR on the paper page, under the title: who wrote it, its versions and their changes. */
@Component
@Order(TldrPageSection.ORDER)
class TldrPageSection implements PaperPageSection {

  /** Its place among the lead sections: first, with the plain-language summary next. */
  static final int ORDER = 100;

  private final Tldrs tldrs;
  private final SummaryEditors editors;

  TldrPageSection(Tldrs tldrs, SummaryEditors editors) {
    this.tldrs = tldrs;
    this.editors = editors;
  }

  @Override
  public Placement placement() {
    return Placement.LEAD;
  }

  @Override
  public String template() {
    return "summary/paper-tldr";
  }

  @Override
  public Optional<TldrSection> content(long paperId) {
    return TldrSection.of(paperId, tldrs.history(paperId), editors.mayEdit(paperId));
  }
}
