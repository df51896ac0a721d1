package org.follicle.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into word tokens: runs of letters, numbers (with decimal points and commas inside),
 * and single punctuation marks. The taggers and the token-level scores both count these tokens.
 */
final class WordTokens {

  private static final Pattern TOKEN =
      Pattern.compile("\\p{L}+|\\p{N}+(?:[.,]\\p{N}+)*|[^\\s\\p{L}\\p{N}]");

  /** The tokens of {@code text} from {@code start} to {@code end}, as spans into {@code text}. */
  static List<TextSpan> of(String text, int start, int end) {
    Matcher m = TOKEN.matcher(text).region(start, end);
    List<TextSpan> tokens = new ArrayList<>();
    while (m.find()) {
      tokens.add(TextSpan.of(text, m.start(), m.end()));
    }
    return tokens;
  }

  static List<TextSpan> of(String text) {
    return of(text, 0, text.length());
  }

  private WordTokens() {}
}
