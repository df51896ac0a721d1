package org.follicle.ingest;

import java.io.IOException;
import java.io.Writer;
import org.follicle.catalog.PaperRecord;

/** Writes papers as formatted references in a citation style, one reference per line. */
final class FormattedCitationWriter implements PaperWriter {

  private final CitationStyle style;
  private final Writer out;

  FormattedCitationWriter(CitationStyle style, Writer out) {
    this.style = style;
    this.out = out;
  }

  @Override
  public void write(PaperRecord paper) throws IOException {
    out.write(style.format(paper) + "\n");
  }
}
