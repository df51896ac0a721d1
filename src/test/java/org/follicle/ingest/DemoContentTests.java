package org.follicle.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.Doi;
import org.follicle.catalog.EmptyCatalog;
import org.follicle.catalog.PaperRecord;
import org.follicle.catalog.PartialDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
class DemoContentTests {

  @Autowired DemoContent demo;
  @Autowired Catalog catalog;
  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void startEmpty() {
    EmptyCatalog.empty(jdbc);
  }

  @Test
  void loadsBothSeedStudiesAndLoadingAgainChangesNothing() {
    assertThat(demo.load().summaryLine())
        .isEqualTo("imported 2, updated 0, unchanged 0, deleted 0, rejected 0");
    assertThat(demo.load().summaryLine())
        .isEqualTo("imported 0, updated 0, unchanged 2, deleted 0, rejected 0");
    assertThat(catalog.size()).isEqualTo(2);
  }

  @Test
  void theFirstSeedHasExactlyTheFactsItsPageGives() {
    demo.load();

    PaperRecord paper =
        catalog
            .paper(catalog.idByDoi(Doi.parse("10.3389/fimmu.2022.904156")).orElseThrow())
            .orElseThrow()
            .record();
    assertThat(paper.title())
        .startsWith("Case Report: Successful Treatment of Alopecia Universalis With Tofacitinib");
    assertThat(paper.articleType()).isEqualTo("Article");
    assertThat(paper.journal())
        .isEqualTo(
            new PaperRecord.Journal("Frontiers in Immunology", null, null, "Frontiers Media SA"));
    assertThat(paper.volume()).isEqualTo("13");
    assertThat(paper.keywords())
        .containsExactly(
            "alopecia universalis",
            "tofacitinib",
            "hair loss",
            "Janus kinase inhibitor",
            "cytokines");
    assertThat(paper.authors()).as("the page names no authors").isEmpty();
    assertThat(paper.date().isEmpty()).as("the page gives no date").isTrue();
    assertThat(List.of(paper.issue() == null, paper.pages() == null, paper.pmid() == null))
        .containsOnly(true);
    assertThat(paper.abstractWrittenByFollicle()).isTrue();
  }

  @Test
  void theSecondSeedHasExactlyTheFactsItsPageGives() {
    demo.load();

    long id = jdbc.queryForObject("select id from paper where doi is null", Long.class);
    PaperRecord paper = catalog.paper(id).orElseThrow().record();
    assertThat(paper.title())
        .isEqualTo(
            "Systemic Tofacitinib Treatment in Pediatric Patients with Resistant Alopecia Areata");
    assertThat(paper.date()).isEqualTo(PartialDate.ofMonth(2024, 1));
    assertThat(paper.journal().name()).isEqualTo("Dermatologic Therapy");
    assertThat(paper.authors())
        .extracting(PaperRecord.Author::displayName)
        .containsExactly("Eda Öksüm Solak", "Murat Borlu");
    assertThat(
            List.of(
                paper.doi() == null,
                paper.pmid() == null,
                paper.articleType() == null,
                paper.volume() == null))
        .as("no identifier, type or volume the page does not give")
        .containsOnly(true);
    assertThat(paper.publicationTypes()).isEmpty();
    assertThat(paper.abstractSections())
        .extracting(PaperRecord.AbstractSection::label)
        .containsExactly("BACKGROUND", "METHODS", "RESULTS", "CONCLUSIONS");
  }
}
