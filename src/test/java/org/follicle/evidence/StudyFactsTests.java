package org.follicle.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.DerivedWork;
import org.follicle.catalog.EmptyCatalog;
import org.follicle.catalog.PaperRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
class StudyFactsTests {

  private static final String RESULTS =
      "After 12 months, 5/7 patients (71.4%) achieved SALT50 with tofacitinib.";

  @Autowired MockMvc mvc;
  @Autowired Catalog catalog;
  @Autowired DerivedWork derivedWork;
  @Autowired JdbcTemplate jdbc;
  @Autowired JsonMapper json;

  @BeforeEach
  void startEmpty() {
    EmptyCatalog.empty(jdbc);
  }

  @Test
  void extractsFactsOnImportAndServesThemWithTheirSentences() throws Exception {
    long id = store("Tofacitinib in pediatric alopecia areata: a case series", RESULTS);

    JsonNode body =
        json.readTree(
            mvc.perform(get("/api/papers/" + id + "/facts"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

    assertThat(body.get("paperId").asLong()).isEqualTo(id);
    JsonNode response = fact(body, "response_rate");
    assertThat(response.get("value").asString()).isEqualTo("5/7 patients (71.4%)");
    assertThat(response.get("sentence").asString()).isEqualTo(RESULTS);
    assertThat(fact(body, "design").get("value").asString()).isEqualTo("case series");
  }

  @Test
  void showsTheFactsAndTheirSourceSentencesOnThePaperPage() throws Exception {
    long id = store("Tofacitinib in pediatric alopecia areata: a case series", RESULTS);

    Document page =
        Jsoup.parse(
            mvc.perform(get("/papers/" + id)).andReturn().getResponse().getContentAsString());

    assertThat(page.select(".abstract ~ .study-facts h2").text()).isEqualTo("Study facts");
    assertThat(page.select(".study-facts dt").eachText()).contains("Design", "Response");
    assertThat(page.select(".study-fact summary").eachText()).contains("5/7 patients (71.4%)");
    assertThat(page.select(".study-fact .fact-source").eachText()).contains(RESULTS);
  }

  @Test
  void reExtractionReplacesTheFactsOfAnUpdatedAbstract() throws Exception {
    String title = "Tofacitinib in pediatric alopecia areata: a case series";
    long id = store(title, RESULTS);
    store(title, "Hair counts rose in all patients.");

    JsonNode body =
        json.readTree(
            mvc.perform(get("/api/papers/" + id + "/facts"))
                .andReturn()
                .getResponse()
                .getContentAsString());

    assertThat(body.get("facts").findValuesAsString("kind")).doesNotContain("response_rate");
    assertThat(body.get("facts").findValuesAsString("value")).contains("Hair counts");
  }

  @Test
  void answersAnUnknownPaperWithAProblem() throws Exception {
    mvc.perform(get("/api/papers/987654321/facts"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }

  private long store(String title, String abstractText) throws InterruptedException {
    PaperRecord record =
        PaperRecord.builder()
            .title(title)
            .pmid("31415926")
            .abstractSection(new PaperRecord.AbstractSection(null, abstractText))
            .build();
    catalog.upsert(record);
    derivedWork.await(Duration.ofMinutes(5));
    return catalog.idByPmid("31415926").orElseThrow();
  }

  private static JsonNode fact(JsonNode body, String kind) {
    for (JsonNode fact : body.get("facts")) {
      if (fact.get("kind").asString().equals(kind)) {
        return fact;
      }
    }
    throw new AssertionError("no " + kind + " fact in " + body);
  }
}
