package org.follicle.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.follicle.SharedData;
import org.follicle.catalog.DerivedWork;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Ranking quality on the MED collection's development queries, in a database of its own. Embedded
 * only: it is the same ranking on PostgreSQL, and its own H2 database would be used there too.
 */
@SpringBootTest(
    properties = {
      "spring.datasource.url=jdbc:h2:mem:relevance;DB_CLOSE_DELAY=-1",
      "follicle.search.embeddings.enabled=true"
    })
@Tag("embedded")
class SearchRelevanceTests {

  @Autowired SearchEvaluation evaluation;
  @Autowired DerivedWork derivedWork;

  @Test
  void bm25ReachesTheMedReferenceScoresAndHybridGoesBeyond() throws Exception {
    Path docs = SharedData.file("eval/med/docs.jsonl");
    assertThat(evaluation.load(docs)).isEqualTo(1033);
    // Embedding the 1,033 abstracts takes most of this test's time.
    assertThat(derivedWork.await(Duration.ofMinutes(10))).isZero();

    SearchEvaluation.Scores words = score(docs, SearchMode.BM25);
    SearchEvaluation.Scores fused = score(docs, SearchMode.HYBRID);

    assertThat(words.queries()).isEqualTo(21);
    // A plain BM25 over title and text scores 0.651, 0.489 and 0.769 here (eval/README.md).
    assertThat(words.ndcg10()).isGreaterThanOrEqualTo(0.65);
    assertThat(words.map()).isGreaterThanOrEqualTo(0.489);
    assertThat(words.recall100()).isGreaterThanOrEqualTo(0.769);
    // The goal for words and meaning fused.
    assertThat(fused.ndcg10()).isGreaterThanOrEqualTo(0.70);
    assertThat(fused.map()).isGreaterThan(words.map());
  }

  private SearchEvaluation.Scores score(Path docs, SearchMode mode) {
    return evaluation.score(
        docs,
        SharedData.file("eval/med/queries.jsonl"),
        SharedData.file("eval/med/qrels.tsv"),
        false,
        mode);
  }
}
