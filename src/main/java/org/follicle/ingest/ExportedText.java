package org.follicle.ingest;

import java.util.ArrayList;
import java.util.List;
import org.follicle.catalog.PaperRecord;
import org.follicle.catalog.PaperRecord.AbstractSection;

/** Record fields that export formats write as one text: abstract, ISSNs and keywords. */
final class ExportedText {

  private ExportedText() {}

  /**
   * The abstract with each labelled section as "LABEL: text", sections joined by the separator: the
   * form in which the CSL-JSON reader finds the sections again.
   */
  static String abstractText(PaperRecord paper, String separator) {
    if (paper.abstractSections().isEmpty()) {
      return null;
    }
    List<String> sections = new ArrayList<>();
    for (AbstractSection section : paper.abstractSections()) {
      sections.add(
          section.label() == null ? section.text() : section.label() + ": " + section.text());
    }
    return String.join(separator, sections);
  }

  /** The print and electronic ISSNs, print first, as "1234-5678, 8765-4321"; null if none. */
  static String issns(PaperRecord.Journal journal) {
    if (journal == null) {
      return null;
    }
    List<String> issns = new ArrayList<>();
    if (journal.issnPrint() != null) {
      issns.add(journal.issnPrint());
    }
    if (journal.issnElectronic() != null) {
      issns.add(journal.issnElectronic());
    }
    return issns.isEmpty() ? null : String.join(", ", issns);
  }

  /** The keywords as one list; "; " between them when one of them holds a comma. */
  static String keywords(PaperRecord paper) {
    if (paper.keywords().isEmpty()) {
      return null;
    }
    boolean commaInside = paper.keywords().stream().anyMatch(keyword -> keyword.contains(","));
    return String.join(commaInside ? "; " : ", ", paper.keywords());
  }
}
