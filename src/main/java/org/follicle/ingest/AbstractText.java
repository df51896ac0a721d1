package org.follicle.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.follicle.catalog.PaperRecord.AbstractSection;

/**
 * Splits a plain-text abstract into sections. A paragraph that opens with an upper-case label and a
 * colon ("METHODS: ...") starts a labelled section, as PubMed's text exports write them.
 */
final class AbstractText {

  private static final Pattern LABEL =
      Pattern.compile("^([A-Z][A-Z &/-]{1,48}[A-Z]):\\s+(.*)$", Pattern.DOTALL);

  private AbstractText() {}

  static List<AbstractSection> sections(String text) {
    List<AbstractSection> sections = new ArrayList<>();
    if (text == null) {
      return sections;
    }
    for (String paragraph : text.strip().split("\\R\\s*\\R|\\R(?=[A-Z][A-Z &/-]{1,48}[A-Z]:)")) {
      String body = paragraph.strip().replaceAll("\\s+", " ");
      if (body.isEmpty()) {
        continue;
      }
      Matcher labelled = LABEL.matcher(body);
      sections.add(
          labelled.matches()
              ? new AbstractSection(labelled.group(1), labelled.group(2))
              : new AbstractSection(null, body));
    }
    return sections;
  }
}
