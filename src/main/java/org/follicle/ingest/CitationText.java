package org.follicle.ingest;

import java.util.List;
import java.util.Set;

/**
 * Writes a citation that has elements only, no punctuation of its own (a JATS element-citation), as
 * a reader would print it: "Locher D. Measuring oral health. Community Dent Health.
 * 1988;5(1):3–18."
 */
final class CitationText {

  // Identifiers and links are kept as fields of the reference, not repeated in its text.
  private static final Set<String> NOT_PRINTED = Set.of("pub-id", "object-id", "ext-link", "uri");
  private static final Set<String> NAMES = Set.of("name", "string-name", "collab", "etal");
  private static final Set<String> NUMBERS = Set.of("year", "volume", "issue");
  private static final String PUNCTUATION = ".,;:?!";

  private CitationText() {}

  static String render(List<XmlText.Child> children) {
    StringBuilder text = new StringBuilder();
    String previous = null;
    for (XmlText.Child child : children) {
      String part = child.text().strip();
      if (NOT_PRINTED.contains(child.name()) || part.isEmpty()) {
        continue;
      }
      if (previous != null) {
        text.append(XmlText.between(text, part, separator(previous, child.name())));
      }
      text.append(child.name().equals("issue") ? "(" + part + ")" : part);
      previous = child.name();
    }
    if (!text.isEmpty() && PUNCTUATION.indexOf(text.charAt(text.length() - 1)) < 0) {
      text.append('.');
    }
    return text.toString();
  }

  private static String separator(String previous, String next) {
    if (NAMES.contains(previous) && NAMES.contains(next)) {
      return ", ";
    }
    return switch (next) {
      case "volume" -> previous.equals("year") ? ";" : " ";
      case "issue" -> "";
      case "fpage", "elocation-id" -> NUMBERS.contains(previous) ? ":" : ". ";
      case "lpage" -> "–";
      case "publisher-name" -> previous.equals("publisher-loc") ? ": " : ". ";
      default -> ". ";
    };
  }
}
