package org.follicle.evidence;

import java.util.List;

/**
 * Token-level precision, recall and F1 of predicted spans against annotated ones, micro-averaged:
 * every word token ({@link WordTokens}) of every abstract counts once, as a true positive when both
 * a predicted and an annotated span cover it, a false positive when only a predicted one does, and
 * a false negative when only an annotated one does.
 */
final class TokenOverlap {

  private long truePositives;
  private long falsePositives;
  private long falseNegatives;

  /** Counts the tokens of one abstract. */
  void add(List<TextSpan> tokens, List<TextSpan> annotated, List<TextSpan> predicted) {
    for (TextSpan token : tokens) {
      boolean gold = covered(token, annotated);
      boolean found = covered(token, predicted);
      if (gold && found) {
        truePositives++;
      } else if (found) {
        falsePositives++;
      } else if (gold) {
        falseNegatives++;
      }
    }
  }

  private static boolean covered(TextSpan token, List<TextSpan> spans) {
    return spans.stream().anyMatch(s -> s.overlaps(token.start(), token.end()));
  }

  double precision() {
    return ratio(truePositives, truePositives + falsePositives);
  }

  double recall() {
    return ratio(truePositives, truePositives + falseNegatives);
  }

  double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static double ratio(long part, long whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }
}
