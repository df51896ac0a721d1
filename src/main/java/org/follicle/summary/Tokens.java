package org.follicle.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lower-cased alphanumeric tokens, as ROUGE and the sentence features count words. */
final class Tokens {

  private static final Pattern ALPHANUMERIC = Pattern.compile("[a-z0-9]+");

  private Tokens() {}

  static List<String> of(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher matcher = ALPHANUMERIC.matcher(text.toLowerCase(Locale.ROOT));
    while (matcher.find()) {
      tokens.add(matcher.group());
    }
    return tokens;
  }

  /** Words as a reader counts them: runs of characters between spaces. */
  static int words(String text) {
    String stripped = text.strip();
    return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
  }
}
