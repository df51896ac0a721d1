package org.follicle.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes an abstract's sentence easier to read without adding to what it says: the leading phrase
 * and bracketed asides go (as {@link SentenceCompressor} drops them), then statistics clutter left
 * outside brackets ("p < 0.05", "95% CI 1.2-3.4"), and a long sentence is split where one clause
 * ends and another begins ("; ", ", but ", ", which ", ", and we ..."), each part a sentence.
 */
final class PlainSentences {

  private static final Pattern STATISTICS =
      Pattern.compile(
          "(?i),?\\s*\\(?\\b(?:p|p-value)\\s*[<=>≤≥]\\s*0?\\.\\d+\\)?"
              + "|,?\\s*\\(?\\b\\d+(?:\\.\\d+)?\\s*%\\s*(?:CI|confidence interval)\\b[^,;)]*?"
              + "(?=[,;)]|\\.(?:\\s|$)|$)\\)?");

  /** An aside after a comma that only lists or exemplifies, up to the next comma or the end. */
  private static final Pattern LISTING =
      Pattern.compile(
          "(?i),\\s+(?:including|such as|especially|in particular|for example|e\\.g\\.|i\\.e\\.)"
              + "\\s[^,;]*?(?=[,;]|\\.?$)");

  /** Where a new clause with its own subject starts, and what the new sentence begins with. */
  private static final Pattern CLAUSE_BREAK =
      Pattern.compile(
          ";\\s+|,\\s+which\\s+|,\\s+(?:and|but|whereas|while)\\s+"
              + "(?=(?:we|the|this|these|those|it|its|they|their|our|there|such)\\b)");

  private PlainSentences() {}

  /** A sentence that ends, not a fragment cut out of a list by whoever split the abstract. */
  private static final Pattern COMPLETE = Pattern.compile("(?s).*[.!?][\"')\\]]?$");

  /** An item marker, "1)" or "(2)", that is no sentence's start. */
  private static final Pattern ITEM = Pattern.compile("^\\(?\\d+\\)");

  /**
   * The sentence's plainer parts, in order; empty when nothing of it is left or it is a fragment.
   */
  static List<String> of(String sentence) {
    if (!COMPLETE.matcher(sentence.strip()).matches()) {
      return List.of();
    }
    String compressed = SentenceCompressor.variants(sentence).get(0).text();
    String tidy = STATISTICS.matcher(compressed).replaceAll("");
    tidy = LISTING.matcher(tidy).replaceAll("");
    tidy = tidy.replaceAll("\\s+([,.;:!?])", "$1").replaceAll("\\(\\s*\\)", "").strip();
    List<String> parts = new ArrayList<>();
    Matcher breaks = CLAUSE_BREAK.matcher(tidy);
    int start = 0;
    String opening = "";
    while (breaks.find()) {
      add(parts, opening + tidy.substring(start, breaks.start()));
      opening = opening(breaks.group());
      start = breaks.end();
    }
    add(parts, opening + tidy.substring(start));
    return parts;
  }

  /** "But" keeps a contrast, "This" stands for what "which" referred to; else nothing. */
  private static String opening(String separator) {
    String word = separator.replaceAll("[,;\\s]", "");
    return switch (word) {
      case "but", "whereas", "while" -> "But ";
      case "which" -> "This ";
      default -> "";
    };
  }

  private static void add(List<String> parts, String part) {
    String text = part.replaceAll("[\\s,;:]+$", "").replaceAll("[.!?]$", "").strip();
    if (Tokens.words(text) == 0 || ITEM.matcher(text).find()) {
      return;
    }
    String first = text.substring(0, 1);
    parts.add(first.toUpperCase() + text.substring(1) + ".");
  }
}
