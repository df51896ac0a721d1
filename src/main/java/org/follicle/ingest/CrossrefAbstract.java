package org.follicle.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.follicle.catalog.PaperRecord.AbstractSection;

/**
 * Splits a Crossref abstract, a JATS fragment, into sections: the {@code <jats:title>} of a {@code
 * <jats:sec>} labels the paragraphs of that section, and a title outside any section (the heading
 * "Abstract") labels nothing. Inline markup such as italics is dropped, its text kept.
 */
final class CrossrefAbstract {

  private final List<AbstractSection> sections = new ArrayList<>();
  private final StringBuilder pending = new StringBuilder();
  private int sectionDepth;
  private String label;
  private boolean labelInUse;

  private CrossrefAbstract() {}

  static List<AbstractSection> sections(String jats) {
    if (jats == null) {
      return List.of();
    }
    Matcher tag = CrossrefMarkup.TAG.matcher(jats);
    if (!tag.find()) {
      // A plain-text abstract: its blank lines and "LABEL:" openings are all the structure.
      return AbstractText.sections(CrossrefMarkup.decoded(jats));
    }
    CrossrefAbstract abstractText = new CrossrefAbstract();
    int textStart = 0;
    do {
      abstractText.pending.append(jats, textStart, tag.start());
      abstractText.tag(tag.group(2), !tag.group(1).isEmpty());
      textStart = tag.end();
    } while (tag.find());
    abstractText.pending.append(jats, textStart, jats.length());
    abstractText.endParagraph();
    return abstractText.sections;
  }

  private void tag(String name, boolean closing) {
    switch (name) {
      case "title" -> {
        if (closing) {
          endTitle();
        } else {
          endParagraph();
        }
      }
      case "p" -> endParagraph();
      case "sec" -> {
        endParagraph();
        sectionDepth = Math.max(0, sectionDepth + (closing ? -1 : 1));
        label = null;
        labelInUse = false;
      }
      default -> {
        // Inline markup: the words inside belong to the paragraph around it.
      }
    }
  }

  private void endTitle() {
    String title = CrossrefMarkup.plain(pending.toString());
    pending.setLength(0);
    if (sectionDepth > 0) {
      label = title;
      labelInUse = false;
    }
  }

  private void endParagraph() {
    String text = CrossrefMarkup.plain(pending.toString());
    pending.setLength(0);
    if (text == null) {
      return;
    }
    if (label != null && labelInUse) {
      // A section of several paragraphs stays one labelled section.
      AbstractSection last = sections.remove(sections.size() - 1);
      sections.add(new AbstractSection(label, last.text() + " " + text));
    } else {
      sections.add(new AbstractSection(label, text));
      labelInUse = label != null;
    }
  }
}
