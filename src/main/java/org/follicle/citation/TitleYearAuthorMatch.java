package org.follicle.citation;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Whether a reference without a matching identifier names a paper, judged by its title, year and
 * first author, with a confidence between 0 and 1. Tuned for precision: a wrong link tells a reader
 * that a study rests on one it never cited, so a reference that could be two papers stays text.
 */
final class TitleYearAuthorMatch {

  /** Below this title similarity no year or author makes a match. */
  static final double MIN_TITLE = 0.8;

  /** Below this confidence a candidate is not linked. */
  static final double MIN_CONFIDENCE = 0.85;

  /** Fewest words for a title cut short to count as the start of a longer one. */
  private static final int MIN_TRUNCATED_WORDS = 4;

  private TitleYearAuthorMatch() {}

  /**
   * The confidence that the reference names the paper, or empty when it does not: titles too
   * different, years more than one apart, another first author, or an identifier that disagrees.
   */
  static OptionalDouble confidence(ReferenceKeys reference, PaperKeys paper) {
    if (reference.titleWords() == null
        || paper.titleWords().isEmpty()
        || disagree(reference, paper)) {
      return OptionalDouble.empty();
    }
    double title = titleSimilarity(reference.titleWords(), paper.titleWords());
    double year = yearAgreement(reference.year(), paper.year());
    double author = authorAgreement(reference.authorKey(), paper.authorKey());
    if (title < MIN_TITLE || year == 0 || author == 0) {
      return OptionalDouble.empty();
    }
    double confidence = 0.6 * title + 0.2 * year + 0.2 * author;
    return confidence >= MIN_CONFIDENCE ? OptionalDouble.of(confidence) : OptionalDouble.empty();
  }

  /**
   * The Dice coefficient of two titles' words; a title cut short (all its words the start of the
   * other, the last perhaps cut mid-word) counts 0.9 at least.
   */
  static double titleSimilarity(String referenceWords, String paperWords) {
    List<String> a = Arrays.asList(referenceWords.split(" "));
    List<String> b = Arrays.asList(paperWords.split(" "));
    Map<String, Integer> counts = new HashMap<>();
    b.forEach(w -> counts.merge(w, 1, Integer::sum));
    int common = 0;
    for (String word : a) {
      if (counts.getOrDefault(word, 0) > 0) {
        counts.merge(word, -1, Integer::sum);
        common++;
      }
    }
    double dice = 2.0 * common / (a.size() + b.size());
    return truncated(a, b) ? Math.max(dice, 0.9) : dice;
  }

  private static boolean truncated(List<String> shorter, List<String> longer) {
    int n = shorter.size();
    if (n < MIN_TRUNCATED_WORDS || n >= longer.size()) {
      return false;
    }
    return shorter.subList(0, n - 1).equals(longer.subList(0, n - 1))
        && longer.get(n - 1).startsWith(shorter.get(n - 1));
  }

  /** 1 for the same year, 0.7 for one apart (online versus print), 0.5 unknown, else 0. */
  private static double yearAgreement(Integer reference, Integer paper) {
    if (reference == null || paper == null) {
      return 0.5;
    }
    int apart = Math.abs(reference - paper);
    return apart == 0 ? 1 : apart == 1 ? 0.7 : 0;
  }

  /** 1 for the same surname, 0.5 unknown, else 0. */
  private static double authorAgreement(String reference, String paper) {
    if (reference == null || paper == null) {
      return 0.5;
    }
    return reference.equals(paper) ? 1 : 0;
  }

  /** Both carry a DOI (or PMID, or PMCID) and they differ: then they are not the same paper. */
  private static boolean disagree(ReferenceKeys reference, PaperKeys paper) {
    return differ(reference.doi(), paper.doi())
        || differ(reference.pmid(), paper.pmid())
        || differ(reference.pmcid(), paper.pmcid());
  }

  private static boolean differ(String a, String b) {
    return a != null && b != null && !Objects.equals(a, b);
  }
}
