package org.follicle.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.follicle.catalog.BulkPaperLoad;
import org.follicle.catalog.DerivedWork;
import org.follicle.catalog.PaperRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
@AutoConfigureMockMvc
class SynthesisedGraphResolutionTests {

  private static final int PAPERS = 300;
  private static final int REFERENCES = 12;

  @Autowired BulkPaperLoad load;
  @Autowired CitationGraph graph;
  @Autowired CitationBenchmark bench;
  @Autowired DerivedWork derivedWork;
  @Autowired JdbcTemplate jdbc;

  @Test
  void resolvingASynthesisedGraphLinksWhatTheIdentifierBaselineLinksAndKeepsTheCountsEqual()
      throws Exception {
    long[] ids = loadGraph(new SynthesisedCitationGraph(PAPERS, REFERENCES, seed()));
    // Stored in two halves, so the first half's references to the second wait and are linked
    // when the second arrives, as in an import.
    List<Long> all = java.util.Arrays.stream(ids).boxed().toList();
    graph.stored(all.subList(0, PAPERS / 2));
    graph.stored(all.subList(PAPERS / 2, PAPERS));
    derivedWork.await(Duration.ofMinutes(5));

    CitationBenchmark.Check check = bench.check(ids);
    CitationBenchmark.Phase baseline = bench.identifierBaseline(ids);

    assertThat(check.disagreeing()).isZero();
    assertThat(check.referencesResolved()).isEqualTo(check.citedBy()).isEqualTo(check.links());
    assertThat(check.holds()).isTrue();
    assertThat(baseline.references()).isEqualTo((long) PAPERS * REFERENCES);
    assertThat(check.links()).isEqualTo(baseline.resolved() + check.byTitle());
    assertThat(check.byTitle()).isPositive();
    assertThat(check.links()).isLessThan(baseline.references());
  }

  @Test
  void referencesGivingOnlyATitleLinkThePaperWithThatTitleAndAbsentPapersStayText()
      throws Exception {
    long[] ids = loadGraph(new SynthesisedCitationGraph(PAPERS, REFERENCES, seed()));
    graph.stored(java.util.Arrays.stream(ids).boxed().toList());
    String citing =
        "citing_paper_id in (%s)"
            .formatted(
                String.join(", ", java.util.Arrays.stream(ids).mapToObj(Long::toString).toList()));

    assertThat(
            jdbc.queryForObject(
                "select count(*) from citation_reference r join citation_paper p on p.paper_id ="
                    + " r.cited_paper_id where r.method = 'TITLE_YEAR_AUTHOR' and "
                    + citing
                    + " and (r.title_words <> p.title_words or r.ref_year <> p.pub_year)",
                Long.class))
        .isZero();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from citation_reference where doi like '10.5556/absent.%' and "
                    + citing
                    + " and cited_paper_id is not null",
                Long.class))
        .isZero();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from citation_reference where doi like '10.5556/absent.%' and "
                    + citing,
                Long.class))
        .isPositive();
  }

  private long[] loadGraph(SynthesisedCitationGraph synthesised) {
    List<PaperRecord> records = new ArrayList<>();
    for (int n = 0; n < synthesised.papers(); n++) {
      records.add(synthesised.paper(n));
    }
    return load.insert(records).stream().mapToLong(Long::longValue).toArray();
  }

  /** A seed no other graph of this run uses, so the identifiers are new to the catalogue. */
  private static long seed() {
    return 100 + CitationPapers.unique() % 900;
  }
}
