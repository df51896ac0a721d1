package org.follicle.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import org.follicle.catalog.DerivedWork;
import org.follicle.catalog.EmptyCatalog;
import org.follicle.ingest.DemoContent;
import org.hibernate.search.mapper.orm.Search;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The treatments read from abstracts as a search facet and filter, over the two demo studies. */
@Tag("search")
@SpringBootTest
@AutoConfigureMockMvc
class TreatmentFacetTests {

  @Autowired MockMvc mvc;
  @Autowired DemoContent demo;
  @Autowired DerivedWork derivedWork;
  @Autowired JdbcTemplate jdbc;
  @Autowired EntityManagerFactory entities;
  @Autowired JsonMapper json;

  @BeforeEach
  void indexTheDemo() throws InterruptedException {
    derivedWork.await(Duration.ofMinutes(5));
    EmptyCatalog.empty(jdbc);
    Search.mapping(entities).scope(Object.class).workspace().purge();
    demo.load();
    assertThat(derivedWork.await(Duration.ofMinutes(5))).isZero();
  }

  @Test
  void resultsCountTheirTreatmentsUnderTheTreatmentsName() throws Exception {
    JsonNode treatment = search("alopecia").get("facets").get("treatment");

    assertThat(treatment).hasSize(1);
    assertThat(treatment.get(0).get("label").asText()).isEqualTo("Tofacitinib");
    assertThat(treatment.get(0).get("count").asLong()).isEqualTo(2);
    assertThat(treatment.get(0).get("filter").asText()).isEqualTo("treatment:\"tofacitinib\"");
  }

  @Test
  void aTreatmentFilterFindsTheStudiesOfItByNameOrBrand() throws Exception {
    assertThat(search("treatment:\"tofacitinib\"").get("total").asLong()).isEqualTo(2);
    assertThat(search("treatment:Xeljanz").get("total").asLong()).isEqualTo(2);
    assertThat(search("treatment:minoxidil").get("total").asLong()).isZero();
    assertThat(search("alopecia -treatment:tofacitinib").get("total").asLong()).isZero();
  }

  @Test
  void theResultsPageOffersTheTreatmentFacet() throws Exception {
    String html =
        mvc.perform(get("/search").param("q", "alopecia"))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();

    assertThat(Jsoup.parse(html).select(".facets section h2").eachText()).contains("Treatment");
    assertThat(Jsoup.parse(html).select(".facets a").eachText()).contains("Tofacitinib");
  }

  private JsonNode search(String q) throws Exception {
    return json.readTree(
        mvc.perform(get("/api/search").param("q", q))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }
}
