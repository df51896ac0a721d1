package org.follicle.recommend;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Measures related research on an IR test collection: a document judged relevant to a query should
 * have, among its related papers, others judged relevant to that query.
 */
@Service
public class RelatedEvaluation {

  /** The related papers a page shows, and so the depth measured. */
  static final int DEPTH = 5;

  /** The name of the fused ranking in the scores. */
  public static final String BLENDED = "blended";

  private final RelatedResearch related;

  RelatedEvaluation(RelatedResearch related) {
    this.related = related;
  }

  /** Precision at 5 of each signal alone and of the blend, over this many judged documents. */
  public record Scores(int documents, Map<String, Double> precision) {}

  /**
   * Scores every judged document's related papers against the papers judged relevant to the same
   * queries; {@code relevant} maps each query to the ids of its relevant papers.
   */
  public Scores score(Map<String, Set<Long>> relevant) {
    Map<Long, Set<Long>> sameQuery = new HashMap<>();
    for (Set<Long> papers : relevant.values()) {
      for (Long paper : papers) {
        sameQuery.computeIfAbsent(paper, id -> new HashSet<>()).addAll(papers);
      }
    }
    Map<String, Double> sums = new LinkedHashMap<>();
    related.signals().forEach(signal -> sums.put(signal.id(), 0.0));
    sums.put(BLENDED, 0.0);
    for (var judged : sameQuery.entrySet()) {
      Map<RelatednessSignal, List<Long>> rankings = related.rankings(judged.getKey());
      Set<Long> wanted = judged.getValue();
      rankings.forEach(
          (signal, ranking) -> sums.merge(signal.id(), precision(ranking, wanted), Double::sum));
      sums.merge(BLENDED, precision(RelatedResearch.blend(rankings, DEPTH), wanted), Double::sum);
    }
    int documents = Math.max(sameQuery.size(), 1);
    Map<String, Double> precision = new LinkedHashMap<>();
    sums.forEach((name, sum) -> precision.put(name, sum / documents));
    return new Scores(sameQuery.size(), precision);
  }

  private static double precision(List<Long> ranking, Set<Long> wanted) {
    return ranking.stream().limit(DEPTH).filter(wanted::contains).count() / (double) DEPTH;
  }
}
