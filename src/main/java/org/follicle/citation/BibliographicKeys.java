package org.follicle.citation;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a title or an author name is compared by: lower-case words without accents or punctuation,
 * so that "Hair-loss: A Review." and "hair loss a review" are the same.
 */
final class BibliographicKeys {

  static final int PREFIX_LENGTH = 24;

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern INITIALS = Pattern.compile("^(\\p{Lu}[.\\-]?){1,3}$");

  private BibliographicKeys() {}

  /** The words of a title; empty for none. */
  static List<String> words(String text) {
    if (text == null) {
      return List.of();
    }
    String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    return Arrays.stream(NOT_WORD.split(plain.toLowerCase(Locale.ROOT)))
        .filter(w -> !w.isEmpty())
        .toList();
  }

  /** A title's words joined by spaces, at most 2000 characters (the column's width). */
  static String titleWords(String title) {
    String words = String.join(" ", words(title));
    return words.length() > 2000 ? words.substring(0, 2000) : words;
  }

  /** The first letters and digits of a title: what finds candidates for a title in an index. */
  static String titlePrefix(String titleWords) {
    String key = titleWords.replace(" ", "");
    return key.length() > PREFIX_LENGTH ? key.substring(0, PREFIX_LENGTH) : key;
  }

  /**
   * The surname of a first author as reference lists print it ("Smith", "Smith JA", "Smith, J.",
   * "van der Berg"): initials are left out, the rest reduced to letters; null when nothing is left.
   */
  static String surname(String author) {
    if (author == null || author.isBlank()) {
      return null;
    }
    String family = author.contains(",") ? author.substring(0, author.indexOf(',')) : author;
    String[] tokens = family.trim().split("\\s+");
    StringBuilder key = new StringBuilder();
    for (String token : tokens) {
      if (!INITIALS.matcher(token).matches() || tokens.length == 1) {
        key.append(String.join("", words(token)));
      }
    }
    return key.isEmpty() || key.length() > 200 ? null : key.toString();
  }
}
