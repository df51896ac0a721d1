package org.follicle.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.follicle.SharedData;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.DerivedWork;
import org.follicle.catalog.EmptyCatalog;
import org.follicle.catalog.PaperRecord;
import org.follicle.ingest.ImportListener;
import org.follicle.ingest.Importer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

/** Citations over a real import of the JATS, Crossref and PubMed files. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CitationCorpusTests {

  @Autowired Catalog catalog;
  @Autowired Importer importer;
  @Autowired DerivedWork derivedWork;
  @Autowired JdbcTemplate jdbc;
  @Autowired CitationGraph graph;
  @Autowired CitationStore store;
  @Autowired Citations citations;

  @BeforeAll
  void importRealFiles() throws Exception {
    derivedWork.await(Duration.ofMinutes(5));
    EmptyCatalog.empty(jdbc);
    // The catalogue was emptied behind the module's back: its tables start afresh too.
    jdbc.update("delete from citation_year");
    jdbc.update("delete from citation_reference");
    jdbc.update("delete from citation_paper");
    importer.importPaths(
        List.of(SharedData.file("jats"), SharedData.file("crossref"), SharedData.file("pubmed")),
        Optional.empty(),
        ImportListener.NONE);
    derivedWork.await(Duration.ofMinutes(10));
  }

  @Test
  void resolvedReferencesAddUpToCitedByCountsAndEveryCountMatchesItsLinks() {
    long resolved =
        jdbc.queryForObject("select sum(references_resolved) from citation_paper", Long.class);
    long citedBy = jdbc.queryForObject("select sum(cited_by) from citation_paper", Long.class);
    long total =
        jdbc.queryForObject("select sum(references_total) from citation_paper", Long.class);

    assertThat(resolved).isEqualTo(citedBy).isPositive();
    assertThat(total)
        .isEqualTo(jdbc.queryForObject("select count(*) from paper_reference", Long.class));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from citation_paper p where cited_by <> (select count(*) from"
                    + " citation_reference r where r.cited_paper_id = p.paper_id) or"
                    + " references_resolved <> (select count(*) from citation_reference r where"
                    + " r.citing_paper_id = p.paper_id and r.cited_paper_id is not null)",
                Long.class))
        .isZero();
    assertThat(jdbc.queryForObject("select count(*) from citation_paper", Long.class))
        .isEqualTo(catalog.size());
    assertThat(perYearCounts()).isEqualTo(perYearCountedFromLinks()).isNotEmpty();
    System.out.printf(
        "citations.corpus papers=%d references=%d resolved=%d%n", catalog.size(), total, resolved);
  }

  @Test
  void aFullRebuildFindsTheSameLinksAsTheImportDid() {
    List<Map<String, Object>> incremental = links();

    long read = citations.rebuild(done -> {});

    assertThat(read).isEqualTo(catalog.size());
    assertThat(links()).isEqualTo(incremental);
    assertThat(perYearCounts()).isEqualTo(perYearCountedFromLinks());
  }

  @Test
  void titleYearAuthorMatchingIsPreciseOnGarbledReferencesToRealPapers() {
    Map<Long, PaperRecord> papers = catalog.records(catalog.idsAfter(0, Integer.MAX_VALUE));
    TitleMatchingEvaluation evaluation = new TitleMatchingEvaluation(graph);

    TitleMatchingEvaluation.Result synthesised = evaluation.synthesised(papers);
    TitleMatchingEvaluation.Result hidden = evaluation.hiddenIdentifiers(identifiedWithTitles());

    System.out.printf(
        "citations.title.synthesised positives=%d distractors=%d correct=%d wrong=%d"
            + " false_links=%d precision=%.3f recall=%.3f%n",
        synthesised.positives(),
        synthesised.distractors(),
        synthesised.correct(),
        synthesised.wrong(),
        synthesised.falseLinks(),
        synthesised.precision(),
        synthesised.recall());
    System.out.printf(
        "citations.title.hidden_ids references=%d correct=%d wrong=%d precision=%.3f recall=%.3f%n",
        hidden.positives(), hidden.correct(), hidden.wrong(), hidden.precision(), hidden.recall());
    assertThat(synthesised.positives()).isGreaterThan(300);
    assertThat(synthesised.precision()).isGreaterThanOrEqualTo(0.98);
    assertThat(synthesised.recall()).isGreaterThanOrEqualTo(0.9);
    assertThat(hidden.precision()).isGreaterThanOrEqualTo(0.9);
  }

  private List<ReferenceRow> identifiedWithTitles() {
    List<ReferenceRow> rows = new ArrayList<>();
    for (Long citing :
        jdbc.queryForList(
            "select distinct citing_paper_id from citation_reference where method in"
                + " ('DOI', 'PMID', 'PMCID') and title_words is not null",
            Long.class)) {
      store.references(citing).stream()
          .filter(r -> r.resolved() && r.method() != ResolutionMethod.TITLE_YEAR_AUTHOR)
          .filter(r -> r.keys().titleWords() != null)
          .forEach(rows::add);
    }
    return rows;
  }

  private List<Map<String, Object>> links() {
    return jdbc.queryForList(
        "select r.citing_paper_id, r.seq, r.cited_paper_id, r.method, r.confidence,"
            + " p.cited_by, p.references_total, p.references_resolved from citation_reference r"
            + " join citation_paper p on p.paper_id = r.citing_paper_id"
            + " order by r.citing_paper_id, r.seq");
  }

  /** The per-year counts the module keeps, as (paper, year, citations) rows in key order. */
  private List<Map<String, Object>> perYearCounts() {
    return jdbc.queryForList(
        "select paper_id, pub_year, citations from citation_year order by paper_id, pub_year");
  }

  /** The same counts aggregated from the links, as the page once did per request. */
  private List<Map<String, Object>> perYearCountedFromLinks() {
    return jdbc.queryForList(
        "select r.cited_paper_id as paper_id, p.pub_year, cast(count(*) as integer) as citations"
            + " from citation_reference r join citation_paper p"
            + " on p.paper_id = r.citing_paper_id where r.cited_paper_id is not null"
            + " and p.pub_year is not null group by r.cited_paper_id, p.pub_year"
            + " order by r.cited_paper_id, p.pub_year");
  }
}
