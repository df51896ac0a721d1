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
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:relevance;DB_CLOSE_DELAY=-1")
@Tag("embedded")
class SearchRelevanceTests {

  @Autowired SearchEvaluation evaluation;
  @Autowired DerivedWork derivedWork;

  @Test
  void bm25ReachesTheMedReferenceScores() throws Exception {
    Path docs = SharedData.file("eval/med/docs.jsonl");
    assertThat(evaluation.load(docs)).isEqualTo(1033);
    assertThat(derivedWork.await(Duration.ofMinutes(2))).isZero();

    SearchEvaluation.Scores scores =
        evaluation.score(
            docs,
            SharedData.file("eval/med/queries.jsonl"),
            SharedData.file("eval/med/qrels.tsv"),
            false,
            SearchMode.BM25);

    assertThat(scores.queries()).isEqualTo(21);
    // A plain BM25 over title and text scores 0.651, 0.489 and 0.769 here (eval/README.md).
    assertThat(scores.ndcg10()).isGreaterThanOrEqualTo(0.65);
    assertThat(scores.map()).isGreaterThanOrEqualTo(0.489);
    assertThat(scores.recall100()).isGreaterThanOrEqualTo(0.769);
  }
}
