package org.follicle.search;

import java.text.Normalizer;
import java.util.Locale;

/** How terms and query words are compared: lower case, no accents, words split by punctuation. */
final class SynonymKey {

  private SynonymKey() {}

  static String of(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return folded.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
