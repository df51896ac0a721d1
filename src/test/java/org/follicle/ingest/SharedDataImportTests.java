package org.follicle.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.follicle.SharedData;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.EmptyCatalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every shared data folder through format detection, the readers and the catalogue together. */
@SpringBootTest
class SharedDataImportTests {

  @Autowired Importer importer;
  @Autowired Catalog catalog;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void startEmpty() {
    EmptyCatalog.empty(jdbc);
  }

  // Per-file counts are asserted by each reader's test; these are the folders as one run each,
  // where records of one paper in several files merge (updated) or repeat (unchanged).
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "pubmed   | imported 1495, updated 14, unchanged 9, deleted 0, rejected 13 | 3",
        "jats     | imported 34, updated 1, unchanged 0, deleted 0, rejected 0     | 0",
        "crossref | imported 23, updated 4, unchanged 15, deleted 0, rejected 0    | 2",
        "ris      | imported 22, updated 4, unchanged 9, deleted 0, rejected 20     | 8",
        "bibtex   | imported 2189, updated 10, unchanged 31, deleted 0, rejected 98 | 360",
        "csl      | imported 71, updated 4, unchanged 3, deleted 0, rejected 3      | 0",
        "broken   | imported 83, updated 0, unchanged 0, deleted 0, rejected 8      | 11"
      })
  void importsEverySharedFolderWithItsFormatsDetected(
      String folder, String summary, long warnings) {
    List<ImportReport.Problem> problems = new ArrayList<>();
    ImportListener collecting =
        new ImportListener() {
          @Override
          public void problem(ImportReport.Problem problem) {
            problems.add(problem);
          }
        };

    ImportReport report =
        importer.importPaths(List.of(SharedData.file(folder)), Optional.empty(), collecting);

    assertThat(report.summaryLine()).isEqualTo(summary);
    assertThat(report.warned()).isEqualTo(warnings);
    assertThat(catalog.size()).isEqualTo(report.imported());
    assertThat(problems).noneMatch(p -> p.reason().startsWith("could not be stored"));
    assertThat(problems)
        .filteredOn(p -> p.reason().startsWith("format not recognised"))
        .extracting(p -> p.source().substring(p.source().lastIndexOf('/') + 1))
        .as("only files that are no bibliographic format at all")
        .containsExactlyInAnyOrderElementsOf(
            folder.equals("ris")
                ? List.of(
                    "RisImporterCorrupted.ris",
                    "embase-endnote-export-r3001-3002.ris",
                    "example_wos.ris")
                : List.of());
  }

  @Test
  void aPubmedUpdateDeletesAPaperAndAnOlderFileCannotBringItBack() throws Exception {
    String baseline = SharedData.file("pubmed/records/biopython-pubmed1.xml").toString();
    importer.importPaths(
        List.of(java.nio.file.Path.of(baseline)), Optional.empty(), ImportListener.NONE);
    String pmid = "9997";
    assertThat(catalog.idByPmid(pmid)).isPresent();

    ImportReport update = importer.importStream("update.xml", deletion(pmid), Optional.empty());
    ImportReport again =
        importer.importPaths(
            List.of(java.nio.file.Path.of(baseline)), Optional.empty(), ImportListener.NONE);

    assertThat(update.summaryLine())
        .isEqualTo("imported 0, updated 0, unchanged 0, deleted 1, rejected 0");
    assertThat(again.summaryLine())
        .isEqualTo("imported 0, updated 0, unchanged 2, deleted 0, rejected 0");
    assertThat(again.warnings())
        .singleElement()
        .asString()
        .contains("PMID " + pmid + " was deleted from PubMed; it stays deleted");
    assertThat(catalog.idByPmid(pmid)).isEmpty();
    assertThat(catalog.size()).isEqualTo(1);
  }

  private static ByteArrayInputStream deletion(String pmid) {
    String xml =
        "<?xml version=\"1.0\"?>\n<PubmedArticleSet>\n<DeleteCitation>\n<PMID Version=\"1\">"
            + pmid
            + "</PMID>\n</DeleteCitation>\n</PubmedArticleSet>\n";
    return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
  }
}
