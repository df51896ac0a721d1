package org.follicle.evidence;

import java.util.Map;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Reads a count written in digits ("2972", "2,972", "13 388") or in English words ("Four hundred
 * and thirty-three", "Eight-thousand four-hundred twenty-two").
 */
final class NumberWords {

  private static final Map<String, Integer> UNITS =
      Map.ofEntries(
          Map.entry("zero", 0),
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19),
          Map.entry("twenty", 20),
          Map.entry("thirty", 30),
          Map.entry("forty", 40),
          Map.entry("fifty", 50),
          Map.entry("sixty", 60),
          Map.entry("seventy", 70),
          Map.entry("eighty", 80),
          Map.entry("ninety", 90));

  /** A regular expression for one word of a spelled-out number. */
  static final String WORD =
      "(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
          + "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy"
          + "|eighty|ninety|hundred|thousand)";

  private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(?:[, ]\\d{3})+|\\d+");

  /** The value of a count, or empty if the text is not one. */
  static OptionalLong parse(String text) {
    String t = text.strip();
    if (DIGITS.matcher(t).matches()) {
      String digits = t.replaceAll("[, ]", "");
      return digits.length() > 12 ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(digits));
    }
    return words(t.toLowerCase(java.util.Locale.ROOT));
  }

  private static OptionalLong words(String text) {
    long total = 0;
    long current = 0;
    boolean any = false;
    for (String word : text.split("[\\s-]+")) {
      if (word.equals("and") || word.isEmpty()) {
        continue;
      }
      if (word.equals("hundred")) {
        current = Math.max(current, 1) * 100;
      } else if (word.equals("thousand")) {
        total += Math.max(current, 1) * 1000;
        current = 0;
      } else if (UNITS.containsKey(word)) {
        current += UNITS.get(word);
      } else {
        return OptionalLong.empty();
      }
      any = true;
    }
    return any ? OptionalLong.of(total + current) : OptionalLong.empty();
  }

  private NumberWords() {}
}
