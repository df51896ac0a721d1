package org.follicle.summary;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The Flesch-Kincaid grade level of a text: 0.39 × words per sentence + 11.8 × syllables per word −
 * 15.59 (Kincaid et al., 1975), the school grade a reader needs to follow it. Sentences are split
 * as abstracts are; a word is a run of characters between spaces that holds a letter or digit.
 */
public final class Readability {

  private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private Readability() {}

  /** The grade of a text, or NaN when it has no words. */
  public static double fleschKincaidGrade(String text) {
    return fleschKincaidGrade(SentenceSplitter.split(text));
  }

  /** The grade of a text given as its sentences, or NaN when they have no words. */
  public static double fleschKincaidGrade(List<String> sentences) {
    return counts(sentences).grade();
  }

  /** The sentences, words and syllables of a text given as its sentences. */
  static Counts counts(List<String> sentences) {
    int words = 0;
    int syllables = 0;
    int counted = 0;
    for (String sentence : sentences) {
      int before = words;
      for (String token : SPACES.split(sentence)) {
        if (LETTER_OR_DIGIT.matcher(token).find()) {
          words++;
          syllables += Syllables.in(token);
        }
      }
      counted += words > before ? 1 : 0;
    }
    return new Counts(counted, words, syllables);
  }

  /** What the grade is computed from; texts joined add their counts. */
  record Counts(int sentences, int words, int syllables) {

    Counts plus(Counts other) {
      return new Counts(
          sentences + other.sentences, words + other.words, syllables + other.syllables);
    }

    /** The grade, or NaN without words. */
    double grade() {
      if (words == 0) {
        return Double.NaN;
      }
      return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
    }
  }
}
