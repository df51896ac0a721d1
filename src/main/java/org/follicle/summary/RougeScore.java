package org.follicle.summary;

/** ROUGE-1, ROUGE-2 and ROUGE-L F1 of one text against its references, each between 0 and 1. */
public record RougeScore(double rouge1, double rouge2, double rougeL) {

  /** A score of zero on every measure. */
  public static final RougeScore ZERO = new RougeScore(0, 0, 0);

  /** The sum of two scores, measure by measure (for averaging). */
  public RougeScore plus(RougeScore other) {
    return new RougeScore(rouge1 + other.rouge1, rouge2 + other.rouge2, rougeL + other.rougeL);
  }

  /** Each measure divided by {@code count}. */
  public RougeScore dividedBy(double count) {
    return new RougeScore(rouge1 / count, rouge2 / count, rougeL / count);
  }
}
