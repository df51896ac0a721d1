package org.follicle.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.follicle.catalog.PaperRecord.AbstractSection;
import org.junit.jupiter.api.Test;

class AbstractTextTest {

  @Test
  void splitsLabelledParagraphsIntoSections() {
    assertThat(
            AbstractText.sections(
                "BACKGROUND: Why.\n\nMETHODS: How,\nover two lines.\nRESULTS: What."))
        .containsExactly(
            new AbstractSection("BACKGROUND", "Why."),
            new AbstractSection("METHODS", "How, over two lines."),
            new AbstractSection("RESULTS", "What."));
  }

  @Test
  void keepsAnUnstructuredAbstractAsParagraphsWithoutLabels() {
    assertThat(AbstractText.sections("One paragraph: with a colon.\n\nAnother."))
        .containsExactly(
            new AbstractSection(null, "One paragraph: with a colon."),
            new AbstractSection(null, "Another."));
  }

  @Test
  void givesNoSectionsForNoAbstract() {
    assertThat(AbstractText.sections(null)).isEmpty();
    assertThat(AbstractText.sections("  \n ")).isEmpty();
  }
}
