package org.follicle.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.follicle.SharedData;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.Doi;
import org.follicle.catalog.EmptyCatalog;
import org.follicle.catalog.PaperRecord;
import org.follicle.catalog.PartialDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
class CslJsonImportTests {

  /** Every CSL-JSON file of the shared data, with what importing it alone must report. */
  static final Map<String, String> EXPECTED =
      Map.ofEntries(
          // Two pairs are one work each: "Book"/"Booklet" and a chapter entry of the same ISBN.
          Map.entry(
              "citation-js-biblatex-csl.json",
              "imported 27, updated 1, unchanged 0, deleted 0, rejected 0"),
          Map.entry(
              "citation-js-bibtex-csl.json",
              "imported 15, updated 0, unchanged 1, deleted 0, rejected 0"),
          Map.entry(
              "commonmeta-citeproc-no-author.json",
              "imported 1, updated 0, unchanged 0, deleted 0, rejected 0"),
          Map.entry(
              "commonmeta-citeproc.json",
              "imported 1, updated 0, unchanged 0, deleted 0, rejected 0"),
          Map.entry(
              "commonmeta-citeproc_missing_doi.json",
              "imported 1, updated 0, unchanged 0, deleted 0, rejected 0"),
          Map.entry(
              "commonmeta-csl-list.json",
              "imported 17, updated 0, unchanged 0, deleted 0, rejected 0"),
          Map.entry(
              "commonmeta-go-10.1101_097196.json",
              "imported 1, updated 0, unchanged 0, deleted 0, rejected 0"),
          Map.entry(
              "commonmeta-go-10.5061_dryad.8515.json",
              "imported 1, updated 0, unchanged 0, deleted 0, rejected 0"),
          Map.entry(
              "commonmeta-go-10.7554_elife.01567.json",
              "imported 1, updated 0, unchanged 0, deleted 0, rejected 0"),
          Map.entry(
              "manubot-arxiv-joss-csl.json",
              "imported 1, updated 0, unchanged 0, deleted 0, rejected 0"),
          Map.entry(
              "manubot-crossref-deep-review-csl.json",
              "imported 1, updated 0, unchanged 0, deleted 0, rejected 0"),
          Map.entry(
              "manubot-crossref-winter-scabs-csl.json",
              "imported 1, updated 0, unchanged 0, deleted 0, rejected 0"),
          Map.entry(
              "manubot-datacite-thesis-csl.json",
              "imported 1, updated 0, unchanged 0, deleted 0, rejected 0"),
          Map.entry(
              "manubot-empty-csl.json",
              "imported 0, updated 0, unchanged 0, deleted 0, rejected 1"),
          Map.entry(
              "manubot-empty-date-parts-csl.json",
              "imported 1, updated 0, unchanged 0, deleted 0, rejected 0"),
          Map.entry(
              "manubot-excess-date-parts-csl.json",
              "imported 0, updated 0, unchanged 0, deleted 0, rejected 1"),
          Map.entry(
              "manubot-greycite-meta-review-csl.json",
              "imported 1, updated 0, unchanged 0, deleted 0, rejected 0"),
          Map.entry(
              "manubot-input-bibliography.json",
              "imported 3, updated 0, unchanged 0, deleted 0, rejected 0"),
          Map.entry(
              "manubot-null-date-parts-csl.json",
              "imported 0, updated 0, unchanged 0, deleted 0, rejected 1"),
          Map.entry(
              "manubot-pmc-scihub-study-csl.json",
              "imported 1, updated 0, unchanged 0, deleted 0, rejected 0"),
          Map.entry(
              "manubot-pubmed-scihub-study-csl.json",
              "imported 1, updated 0, unchanged 0, deleted 0, rejected 0"));

  @Autowired Importer importer;
  @Autowired Catalog catalog;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void startEmpty() {
    EmptyCatalog.empty(jdbc);
  }

  static Iterable<String> files() {
    return EXPECTED.keySet().stream().sorted().toList();
  }

  @ParameterizedTest
  @MethodSource("files")
  void importsEverySharedCslFileWithItsCounts(String name) throws IOException {
    assertThat(importFile(SharedData.file("csl/" + name)).summaryLine())
        .isEqualTo(EXPECTED.get(name));
  }

  @Test
  void coversEveryCslFileOfTheSharedData() throws IOException {
    try (var files = Files.list(SharedData.file("csl"))) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    }
  }

  @Test
  void importingAFileAgainChangesNothing() throws IOException {
    Path file = SharedData.file("csl/commonmeta-csl-list.json");
    importFile(file);

    assertThat(importFile(file).summaryLine())
        .isEqualTo("imported 0, updated 0, unchanged 17, deleted 0, rejected 0");
  }

  @Test
  void keepsTheFieldsOfAPubmedDerivedRecord() throws IOException {
    importFile(SharedData.file("csl/manubot-pubmed-scihub-study-csl.json"));

    PaperRecord paper =
        catalog.paper(catalog.idByPmid("29424689").orElseThrow()).orElseThrow().record();
    assertThat(paper.title())
        .isEqualTo("Sci-Hub provides access to nearly all scholarly literature.");
    assertThat(paper.doi()).isEqualTo(Doi.parse("10.7554/elife.32822"));
    assertThat(paper.pmcid()).isEqualTo("PMC5832410");
    assertThat(paper.journal().name()).isEqualTo("eLife");
    assertThat(paper.journal().issnPrint()).isEqualTo("2050-084X");
    assertThat(paper.volume()).isEqualTo("7");
    assertThat(paper.date()).isEqualTo(new PartialDate(2018, 3, 1));
    assertThat(paper.publicationTypes()).containsExactly("Journal Article");
    assertThat(paper.authors()).hasSize(7);
    assertThat(paper.authors().get(0).displayName()).isEqualTo("Daniel S Himmelstein");
    assertThat(paper.abstractSections()).isNotEmpty();
  }

  @Test
  void leavesOutWrongValuesNamingItemAndFieldAndKeepsTheRecords() throws IOException {
    ImportReport report = importFile(SharedData.file("broken/csl-wrong-types.json"));

    assertThat(report.imported()).isEqualTo(4);
    assertThat(report.rejections()).isEmpty();
    assertThat(report.warnings())
        .extracting(ImportReport.Problem::toString)
        .containsExactly(
            "csl-wrong-types.json, item 2 (id synthetic-2): DOI left out: '10.5555' is not a DOI: a DOI is"
                + " '10.', a registrant code of 4 to 9 digits, '/' and a suffix",
            "csl-wrong-types.json, item 3 (id synthetic-3): issued left out: Invalid value for MonthOfYear"
                + " (valid values 1 - 12): 13");
  }

  @Test
  void reportsTruncatedJsonWithLineAndColumn() throws IOException {
    Path file = SharedData.file("broken/crossref-truncated.json");
    ImportReport report;
    try (InputStream in = Files.newInputStream(file)) {
      report = importer.importStream(file.getFileName().toString(), in, Optional.of("csl-json"));
    }

    assertThat(report.rejections())
        .singleElement()
        .asString()
        .contains("line 1, column", "not valid JSON");
  }

  private ImportReport importFile(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return importer.importStream(file.getFileName().toString(), in, Optional.empty());
    }
  }
}
