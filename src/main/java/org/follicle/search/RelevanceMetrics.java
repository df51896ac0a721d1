package org.follicle.search;

import java.util.List;
import java.util.Set;

/** Ranking quality with binary judgements, as trec_eval computes it. */
final class RelevanceMetrics {

  private RelevanceMetrics() {}

  /** nDCG at k: gains of 1 for relevant documents, discounted by log2 of rank + 1. */
  static double ndcg(List<String> ranking, Set<String> relevant, int k) {
    double dcg = 0;
    for (int i = 0; i < Math.min(k, ranking.size()); i++) {
      if (relevant.contains(ranking.get(i))) {
        dcg += 1 / log2(i + 2);
      }
    }
    double ideal = 0;
    for (int i = 0; i < Math.min(k, relevant.size()); i++) {
      ideal += 1 / log2(i + 2);
    }
    return ideal == 0 ? 0 : dcg / ideal;
  }

  /** Average precision over the whole ranking: unretrieved relevant documents count as zero. */
  static double averagePrecision(List<String> ranking, Set<String> relevant) {
    if (relevant.isEmpty()) {
      return 0;
    }
    double sum = 0;
    int found = 0;
    for (int i = 0; i < ranking.size(); i++) {
      if (relevant.contains(ranking.get(i))) {
        found++;
        sum += (double) found / (i + 1);
      }
    }
    return sum / relevant.size();
  }

  /** The share of relevant documents in the first k. */
  static double recall(List<String> ranking, Set<String> relevant, int k) {
    if (relevant.isEmpty()) {
      return 0;
    }
    long found = ranking.stream().limit(k).filter(relevant::contains).count();
    return (double) found / relevant.size();
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
