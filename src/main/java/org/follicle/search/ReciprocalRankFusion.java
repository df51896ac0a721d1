package org.follicle.search;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fuses rankings by reciprocal rank (Cormack, Clarke and Büttcher 2009): a document scores the sum
 * of 1 / (60 + rank) over the rankings it is in. Ranks need no common scale, unlike BM25 scores and
 * cosine similarities.
 */
public final class ReciprocalRankFusion {

  /** The constant of the original paper, which damps the weight of the very first ranks. */
  static final int RANK_CONSTANT = 60;

  private ReciprocalRankFusion() {}

  /** The documents of all rankings, best fused score first; ties keep first-seen order. */
  public static <T> List<T> fuse(List<List<T>> rankings) {
    Map<T, Double> scores = new LinkedHashMap<>();
    for (List<T> ranking : rankings) {
      for (int rank = 0; rank < ranking.size(); rank++) {
        scores.merge(ranking.get(rank), 1.0 / (RANK_CONSTANT + rank + 1), Double::sum);
      }
    }
    return scores.entrySet().stream()
        .sorted(Map.Entry.<T, Double>comparingByValue(Comparator.reverseOrder()))
        .map(Map.Entry::getKey)
        .toList();
  }
}
