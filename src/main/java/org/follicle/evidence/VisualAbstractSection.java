package org.follicle.evidence;

import java.util.Optional;
import org.follicle.catalog.PaperPageSection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The "image of the study" on the paper page: the visual abstract, its alt text and downloads. */
@Component
@Order(5)
class VisualAbstractSection implements PaperPageSection {

  private final VisualAbstracts abstracts;

  VisualAbstractSection(VisualAbstracts abstracts) {
    this.abstracts = abstracts;
  }

  /** What the template needs: the paper's id for the image addresses, and the alt text. */
  record Image(long paperId, String altText) {}

  @Override
  public Placement placement() {
    return Placement.LEAD;
  }

  @Override
  public String template() {
    return "evidence/visual-abstract";
  }

  @Override
  public Optional<?> content(long paperId) {
    return abstracts.of(paperId).map(va -> new Image(paperId, va.altText()));
  }
}
