package org.follicle.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.follicle.SharedData;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.DerivedWork;
import org.follicle.catalog.PaperRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@Tag("search")
@SpringBootTest
class SynonymsTests {

  @Autowired Synonyms synonyms;
  @Autowired PaperSearch search;
  @Autowired Catalog catalog;
  @Autowired DerivedWork derivedWork;
  @Autowired JdbcTemplate jdbc;

  @Test
  void importsTheMeshAndDiseaseOntologyFilesAndASecondImportChangesNothing() {
    Path mesh = SharedData.file("eval/synonyms/mesh_disease_synonyms.tsv");
    Path ontology = SharedData.file("eval/synonyms/do_synonyms_2016.tsv");
    Path groups = SharedData.file("eval/synonyms/mesh_disease_synonym_groups.jsonl");

    assertThat(synonyms.importFile(mesh))
        .isEqualTo(new Synonyms.Report(4816, 33241, 0, java.util.List.of()));
    assertThat(synonyms.importFile(ontology).summaryLine())
        .isEqualTo("synonyms: 4539 groups, 15187 terms, rejected 0");
    long rows = count();
    assertThat(synonyms.importFile(groups).groups()).isEqualTo(4816);
    synonyms.importFile(mesh);

    assertThat(count()).isEqualTo(rows);
    assertThat(synonyms.expansions("hair loss")).contains("Alopecia", "Baldness");
    assertThat(synonyms.expansions("male pattern baldness")).contains("androgenetic alopecia");
  }

  @Test
  void rejectsAnUnknownLayoutAndReportsBadRowsWhileKeepingTheGood(@TempDir Path dir)
      throws Exception {
    Path unknown = Files.writeString(dir.resolve("list.csv"), "a,b\nc,d\n");
    Path partly =
        Files.writeString(
            dir.resolve("mesh.tsv"),
            "term\tmesh_descriptor_ui\nno tab\nBaldness Test Term\tD999999\n");

    assertThatThrownBy(() -> synonyms.importFile(unknown))
        .hasMessageContaining("list.csv")
        .hasMessageContaining("not a synonym file");
    Synonyms.Report report = synonyms.importFile(partly);

    assertThat(report.terms()).isEqualTo(1);
    assertThat(report.rejected()).isEqualTo(1);
    assertThat(report.problems()).singleElement().asString().contains("mesh.tsv line 2");
  }

  @Test
  void aQueryFindsPapersThatUseASynonymOfItsWords() throws Exception {
    catalog.upsert(
        PaperRecord.builder()
            .title("Topical minoxidil regrows scalp hair in a small trial")
            .pmid("99999971")
            .build());
    derivedWork.await(Duration.ofMinutes(5));
    long id = catalog.idByPmid("99999971").orElseThrow();

    assertThat(search.rankedIds("rogaine", 10, true, SearchMode.BM25)).contains(id);
    assertThat(search.rankedIds("rogaine", 10, false, SearchMode.BM25)).doesNotContain(id);
    assertThat(search.search("rogaine", SearchSort.RELEVANCE, SearchMode.BM25, null, 10).hits())
        .anyMatch(hit -> hit.paper().id() == id);
  }

  /** Other tests' searches run without the imported synonyms. */
  @AfterEach
  void forgetImportedSynonyms() {
    jdbc.update("delete from search_synonym");
    synonyms.forget();
  }

  private long count() {
    return jdbc.queryForObject("select count(*) from search_synonym", Long.class);
  }
}
