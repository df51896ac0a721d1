package org.follicle.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the whole-number mentions of a text that could count people: integers in digits (with
 * thousands separated by a comma or a space) and numbers in words; decimals, percentages' decimal
 * parts and parts of ranges stay candidates too, since context tells them apart.
 */
final class CountMentions {

  private static final Pattern COUNT =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}.,])(?:\\d{1,3}(?:,\\d{3})+|\\d{1,3}(?: \\d{3})+(?![\\d.,])|\\d+)"
              + "(?![\\p{N}]|[.,]\\d)"
              + "|(?i)\\b"
              + NumberWords.WORD
              + "(?:(?:[\\s-]+|\\s+and\\s+)"
              + NumberWords.WORD
              + ")*\\b");

  /** A count found in the text, with its value. */
  record Mention(TextSpan span, long value) {}

  static List<Mention> in(String text) {
    List<Mention> mentions = new ArrayList<>();
    Matcher m = COUNT.matcher(text);
    while (m.find()) {
      TextSpan span = TextSpan.of(text, m.start(), m.end());
      NumberWords.parse(span.text()).ifPresent(v -> mentions.add(new Mention(span, v)));
    }
    return mentions;
  }

  private CountMentions() {}
}
