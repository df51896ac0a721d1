package org.follicle.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class PaperPageSectionsTests {

  @Autowired MockMvc mvc;
  @Autowired Catalog catalog;
  @Autowired JdbcTemplate jdbc;

  @TestConfiguration
  static class Sections {
    @Bean
    @Order(2)
    PaperPageSection secondLead() {
      return section(PaperPageSection.Placement.LEAD, "second lead");
    }

    @Bean
    @Order(1)
    PaperPageSection firstLead() {
      return section(PaperPageSection.Placement.LEAD, "first lead");
    }

    @Bean
    PaperPageSection body() {
      return section(PaperPageSection.Placement.BODY, "after the abstract");
    }

    @Bean
    PaperPageSection absent() {
      return new PaperPageSection() {
        @Override
        public Placement placement() {
          return Placement.LEAD;
        }

        @Override
        public String template() {
          return "catalog-test/sections";
        }

        @Override
        public Optional<?> content(long paperId) {
          return Optional.empty();
        }
      };
    }

    private static PaperPageSection section(PaperPageSection.Placement placement, String text) {
      return new PaperPageSection() {
        @Override
        public Placement placement() {
          return placement;
        }

        @Override
        public String template() {
          return "catalog-test/sections";
        }

        @Override
        public Optional<?> content(long paperId) {
          return Optional.of(text + " of " + paperId);
        }
      };
    }
  }

  @Test
  void drawsOtherModulesSectionsInTheirPlacesAndOrder() throws Exception {
    EmptyCatalog.empty(jdbc);
    PaperRecord record =
        TestRecords.full("Sections", "10.1234/sections", null, PartialDate.ofYear(2024));
    catalog.upsert(record);
    long id = catalog.idByDoi(record.doi()).orElseThrow();

    Document page =
        Jsoup.parse(
            mvc.perform(get("/papers/" + id)).andReturn().getResponse().getContentAsString());

    assertThat(page.select(".test-section").eachText())
        .containsExactly(
            "first lead of " + id, "second lead of " + id, "after the abstract of " + id);
    assertThat(page.select(".abstract ~ .test-section").eachText())
        .containsExactly("after the abstract of " + id);
  }
}
