package org.follicle.summary;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * ROUGE F1 (Lin 2004) on lower-cased alphanumeric tokens without stemming; against several
 * references each measure takes its best, as SciTLDR scores its multi-reference dev and test sets.
 */
public final class Rouge {

  private Rouge() {}

  /** The best ROUGE-1, ROUGE-2 and ROUGE-L of {@code candidate} over the references. */
  public static RougeScore best(String candidate, List<String> references) {
    List<String> tokens = Tokens.of(candidate);
    double r1 = 0;
    double r2 = 0;
    double rl = 0;
    for (String reference : references) {
      List<String> ref = Tokens.of(reference);
      r1 = Math.max(r1, ngramF1(tokens, ref, 1));
      r2 = Math.max(r2, ngramF1(tokens, ref, 2));
      rl = Math.max(rl, f1(longestCommonSubsequence(tokens, ref), tokens.size(), ref.size()));
    }
    return new RougeScore(r1, r2, rl);
  }

  /** ROUGE-1 F1 of a candidate against one reference. */
  static double rouge1(List<String> candidate, List<String> reference) {
    return ngramF1(candidate, reference, 1);
  }

  private static double ngramF1(List<String> candidate, List<String> reference, int n) {
    Map<List<String>, Integer> counts = ngrams(reference, n);
    int overlap = 0;
    for (int i = 0; i + n <= candidate.size(); i++) {
      List<String> gram = candidate.subList(i, i + n);
      Integer left = counts.get(gram);
      if (left != null && left > 0) {
        overlap++;
        counts.put(gram, left - 1);
      }
    }
    return f1(
        overlap, Math.max(0, candidate.size() - n + 1), Math.max(0, reference.size() - n + 1));
  }

  private static Map<List<String>, Integer> ngrams(List<String> tokens, int n) {
    Map<List<String>, Integer> counts = new HashMap<>();
    for (int i = 0; i + n <= tokens.size(); i++) {
      counts.merge(tokens.subList(i, i + n), 1, Integer::sum);
    }
    return counts;
  }

  private static int longestCommonSubsequence(List<String> a, List<String> b) {
    int[] previous = new int[b.size() + 1];
    for (String x : a) {
      int[] current = new int[b.size() + 1];
      for (int j = 0; j < b.size(); j++) {
        current[j + 1] =
            x.equals(b.get(j)) ? previous[j] + 1 : Math.max(previous[j + 1], current[j]);
      }
      previous = current;
    }
    return previous[b.size()];
  }

  private static double f1(int overlap, int candidateCount, int referenceCount) {
    if (overlap == 0) {
      return 0;
    }
    double precision = (double) overlap / candidateCount;
    double recall = (double) overlap / referenceCount;
    return 2 * precision * recall / (precision + recall);
  }
}
