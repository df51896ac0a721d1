package org.follicle.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RelevanceMetricsTest {

  private static final List<String> RANKING = List.of("a", "x", "b", "y", "c");
  private static final Set<String> RELEVANT = Set.of("a", "b", "c", "d");

  @Test
  void ndcgDiscountsLaterRelevantDocuments() {
    double dcg = 1 + 1 / log2(4) + 1 / log2(6);
    double ideal = 1 + 1 / log2(3) + 1 / log2(4) + 1 / log2(5);

    assertThat(RelevanceMetrics.ndcg(RANKING, RELEVANT, 10)).isCloseTo(dcg / ideal, within(1e-9));
    assertThat(RelevanceMetrics.ndcg(List.of("a", "b", "c", "d"), RELEVANT, 10)).isEqualTo(1.0);
  }

  @Test
  void averagePrecisionCountsUnretrievedRelevantDocumentsAsZero() {
    double expected = (1.0 / 1 + 2.0 / 3 + 3.0 / 5) / 4;

    assertThat(RelevanceMetrics.averagePrecision(RANKING, RELEVANT))
        .isCloseTo(expected, within(1e-9));
  }

  @Test
  void recallIsTheShareOfRelevantDocumentsInTheFirstK() {
    assertThat(RelevanceMetrics.recall(RANKING, RELEVANT, 3)).isEqualTo(0.5);
    assertThat(RelevanceMetrics.recall(RANKING, RELEVANT, 100)).isEqualTo(0.75);
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
