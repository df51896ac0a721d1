package org.follicle.summary;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the syllables of an English word by the usual heuristic, as no kept library on Maven
 * Central does it: each run of vowels (a, e, i, o, u, y) is one syllable, after a silent ending
 * ("-e", "-es", "-ed" that do not add a sound; "-le" keeps its "e") is dropped, and "ia"/"io" heard
 * as two vowels ("ratio", not "nation") add one. A token without letters (a number) counts as one.
 * It agrees with a dictionary on most common words and is off by one on some (such as "create");
 * Flesch-Kincaid averages over many words, where such errors mostly cancel.
 */
final class Syllables {

  private static final Pattern NOT_LETTER = Pattern.compile("[^a-z]");
  private static final Pattern SILENT_ENDING =
      Pattern.compile("(?:[^laeiouy]es|[^td]ed|[^laeiouy]e)$");
  private static final Pattern VOWELS = Pattern.compile("[aeiouy]+");
  private static final Pattern TWO_VOWELS_HEARD = Pattern.compile("[^aeiou]i[ao](?!n$|us$)");

  private Syllables() {}

  static int in(String word) {
    String letters = NOT_LETTER.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
    if (letters.length() <= 3) {
      return 1;
    }
    String voiced = SILENT_ENDING.matcher(letters).replaceFirst(m -> m.group().substring(0, 1));
    voiced = voiced.startsWith("y") ? voiced.substring(1) : voiced;
    int count = 0;
    Matcher vowels = VOWELS.matcher(voiced);
    while (vowels.find()) {
      count++;
    }
    Matcher heard = TWO_VOWELS_HEARD.matcher(voiced);
    while (heard.find()) {
      count++;
    }
    return Math.max(1, count);
  }
}
