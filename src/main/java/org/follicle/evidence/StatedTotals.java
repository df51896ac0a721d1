package org.follicle.evidence;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number of participants where the count model found none but the wording is plain: "the
 * records of 9 children", "a total of 40 patients", "we describe one patient" (a case report's
 * one).
 */
final class StatedTotals {

  private static final String PEOPLE =
      "(?:patients?|participants?|subjects?|children|child|adolescents|adults|women|men|boys|girls"
          + "|individuals|cases?|man|woman|boy|girl)";

  private static final Pattern STATED =
      Pattern.compile(
          "\\b(?:records\\s+of|a\\s+total\\s+of|total\\s+of|included|enrolled|recruited|treated"
              + "|involved|studied|describe[sd]?|report(?:s|ed)?|present(?:s|ed)?)\\s+(?:the\\s+)?("
              + "\\d+|"
              + NumberWords.WORD
              + "|an?)\\s+(?:\\d+-year-old\\s+)?(?:\\w+\\s+){0,2}?"
              + PEOPLE
              + "\\b",
          Pattern.CASE_INSENSITIVE);

  private StatedTotals() {}

  /** The first plainly stated number of participants, with its sentence. */
  static Optional<Stated> find(List<TextSpan> sentences) {
    for (TextSpan sentence : sentences) {
      Matcher m = STATED.matcher(sentence.text());
      if (m.find()) {
        String count = m.group(1);
        OptionalLong n =
            count.equalsIgnoreCase("a") || count.equalsIgnoreCase("an")
                ? OptionalLong.of(1)
                : NumberWords.parse(count);
        if (n.isPresent() && n.getAsLong() > 0) {
          return Optional.of(new Stated(n.getAsLong(), sentence));
        }
      }
    }
    return Optional.empty();
  }

  /** A number of participants and the sentence that states it. */
  record Stated(long total, TextSpan sentence) {}
}
