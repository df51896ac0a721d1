package org.follicle.ingest;

import java.util.Locale;
import java.util.Map;

/** Readable publication-type labels for CSL item types. */
final class CslTypes {

  private static final Map<String, String> LABELS =
      Map.ofEntries(
          Map.entry("article-journal", "Journal Article"),
          Map.entry("article-magazine", "Magazine Article"),
          Map.entry("article-newspaper", "Newspaper Article"),
          Map.entry("chapter", "Book Chapter"),
          Map.entry("paper-conference", "Conference Paper"),
          Map.entry("post-weblog", "Blog Post"),
          Map.entry("webpage", "Web Page"));

  private CslTypes() {}

  static String label(String type) {
    String known = LABELS.get(type);
    if (known != null) {
      return known;
    }
    String words = type.replace('-', ' ').replace('_', ' ');
    return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
  }
}
