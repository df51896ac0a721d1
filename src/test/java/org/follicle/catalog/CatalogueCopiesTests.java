package org.follicle.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
@AutoConfigureMockMvc
class CatalogueCopiesTests {

  @Autowired CatalogueCopies copies;
  @Autowired Catalog catalog;
  @Autowired JdbcTemplate jdbc;

  @Test
  void growsTheCatalogueWithCopiesOfItsPapersUnderFreshIdsWithoutTheirIdentifiers() {
    catalog.upsert(
        PaperRecord.builder()
            .title("Copyable minoxidil paper")
            .doi(org.follicle.catalog.Doi.parse("10.1234/copyable"))
            .pmid("99999993")
            .author(new PaperRecord.Author("Copyist", "Ana", null, null, null))
            .keyword("minoxidil")
            .abstractSection(new PaperRecord.AbstractSection(null, "Minoxidil regrew hair."))
            .build());
    long before = count();
    long highest = jdbc.queryForObject("select max(id) from paper", Long.class);
    try {
      // Copies are made from the lowest ids up: grow by every paper so the new one is copied too.
      assertThat(copies.growTo(before * 2, size -> {})).isEqualTo(before * 2);

      assertThat(count()).isEqualTo(before * 2);
      List<Long> copied =
          jdbc.queryForList(
              "select id from paper where title = 'Copyable minoxidil paper' and id > ?",
              Long.class,
              highest);
      assertThat(copied).hasSize(1);
      long copy = copied.get(0);
      assertThat(jdbc.queryForMap("select doi, pmid, pmcid from paper where id = ?", copy).values())
          .containsOnlyNulls();
      assertThat(
              names(
                  "select a.family from paper_author pa join author a on a.id = pa.author_id"
                      + " where pa.paper_id = ?",
                  copy))
          .containsExactly("Copyist");
      assertThat(names("select name from paper_keyword where paper_id = ?", copy))
          .containsExactly("minoxidil");
      assertThat(names("select body from paper_abstract_section where paper_id = ?", copy))
          .containsExactly("Minoxidil regrew hair.");
      // A paper this process stores after the copies takes none of their ids.
      catalog.upsert(TestRecords.withDoi("Stored after the copies", "10.1234/after-copies"));
      assertThat(
              jdbc.queryForObject(
                  "select title from paper where doi = '10.1234/after-copies'", String.class))
          .isEqualTo("Stored after the copies");
    } finally {
      jdbc.update("delete from paper where id > ? and doi is null and pmid is null", highest);
      catalog.deleteByPmid("99999993");
      jdbc.update("delete from paper where doi = '10.1234/after-copies'");
    }
  }

  @Test
  void leavesACatalogueThatHoldsEnoughPapersAsItIs() {
    catalog.upsert(TestRecords.withDoi("Enough papers already", "10.1234/enough-papers"));
    try {
      long size = count();

      assertThat(copies.growTo(size, s -> {})).isEqualTo(size);
      assertThat(count()).isEqualTo(size);
    } finally {
      jdbc.update("delete from paper where doi = '10.1234/enough-papers'");
    }
  }

  private long count() {
    return jdbc.queryForObject("select count(*) from paper", Long.class);
  }

  private List<String> names(String sql, long id) {
    return jdbc.queryForList(sql, String.class, id);
  }
}
