package org.follicle.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.DerivedWork;
import org.follicle.catalog.EmptyCatalog;
import org.follicle.catalog.PaperRecord;
import org.follicle.ingest.DemoContent;
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
class TreatmentPagesTests {

  @Autowired MockMvc mvc;
  @Autowired Catalog catalog;
  @Autowired DemoContent demo;
  @Autowired DerivedWork derivedWork;
  @Autowired JdbcTemplate jdbc;
  @Autowired JsonMapper json;

  @BeforeEach
  void startEmpty() {
    EmptyCatalog.empty(jdbc);
  }

  @Test
  void theDemoGivesTofacitinibBothSeedStudiesWithTheirReadFacts() throws Exception {
    loadDemo();

    JsonNode report = api("/api/treatments/tofacitinib");

    assertThat(report.at("/treatment/name").asString()).isEqualTo("Tofacitinib");
    assertThat(report.get("studies").asInt()).isEqualTo(2);
    assertThat(report.get("participants").asLong()).isEqualTo(10);
    JsonNode areata = condition(report, "alopecia-areata");
    assertThat(areata.get("participants").asLong()).isEqualTo(9);
    assertThat(areata.at("/designs/0/design").asString()).isEqualTo("retrospective study");
    JsonNode salt50 = areata.at("/outcomes/0");
    assertThat(salt50.get("outcome").asString()).isEqualTo("SALT50");
    assertThat(salt50.at("/rows/0/detail").asString()).isEqualTo("5/7");
    assertThat(salt50.at("/rows/0/timepoint").asString()).isEqualTo("12 months");
    assertThat(salt50.at("/reml/estimate").asDouble()).isCloseTo(71.43, within(0.01));
    assertThat(salt50.at("/reml/ciLow").asDouble()).isCloseTo(32.66, within(0.01));
    assertThat(salt50.at("/reml/ciHigh").asDouble()).isCloseTo(92.80, within(0.01));
    assertThat(salt50.at("/certainty/level").asString()).isEqualTo("VERY_LOW");
    assertThat(salt50.at("/certainty/reasons/1").asString())
        .startsWith("Imprecision: 7 participants");
    JsonNode infection = areata.at("/adverseEvents/0");
    assertThat(infection.get("event").asString()).isEqualTo("upper respiratory tract infection");
    assertThat(
            List.of(
                infection.get("participantsWithEvent").asInt(),
                infection.get("participantsCounted").asInt()))
        .containsExactly(1, 9);
    JsonNode universalis = condition(report, "alopecia-universalis");
    assertThat(universalis.at("/designs/0/design").asString()).isEqualTo("case report");
    assertThat(universalis.at("/outcomes/0/outcome").asString()).isEqualTo("hair regrowth");
    assertThat(universalis.at("/outcomes/0/rows/0/detail").asString()).isEqualTo("1/1");
  }

  @Test
  void poolsTheResponsesOfSeveralStudiesOfOneConditionAsTheMetaAnalysisDoes() throws Exception {
    store(
        "Minoxidil for androgenetic alopecia: trial one",
        "11111111",
        "In this randomised trial of 40 men, 12 of 40 patients (30%) reached hair regrowth with minoxidil at 24 weeks.");
    store(
        "Minoxidil for androgenetic alopecia: trial two",
        "22222222",
        "In this randomised trial of 60 men, 30 of 60 patients (50%) reached hair regrowth with minoxidil at 24 weeks.");
    store(
        "Minoxidil for androgenetic alopecia: trial three",
        "33333333",
        "In this randomised trial of 50 men, 20 of 50 patients (40%) reached hair regrowth with minoxidil at 24 weeks.");

    JsonNode outcome =
        condition(api("/api/treatments/minoxidil"), "androgenetic-alopecia").at("/outcomes/0");

    PooledEstimate expected =
        RandomEffects.pool(
            List.of(
                StudyEstimate.logitProportion(12, 40),
                StudyEstimate.logitProportion(30, 60),
                StudyEstimate.logitProportion(20, 50)),
            TauEstimator.REML);
    assertThat(outcome.get("studies").asInt()).isEqualTo(3);
    assertThat(outcome.get("participants").asLong()).isEqualTo(150);
    assertThat(outcome.at("/reml/estimate").asDouble())
        .isCloseTo(100 / (1 + Math.exp(-expected.estimate())), within(1e-9));
    assertThat(outcome.at("/reml/i2").asDouble()).isCloseTo(expected.i2(), within(1e-9));
    assertThat(outcome.at("/certainty/reasons/0").asString()).startsWith("Starts high");
  }

  @Test
  void theTreatmentPageShowsTheForestPlotCertaintyAndAdverseEvents() throws Exception {
    loadDemo();

    Document page = page("/treatments/tofacitinib");

    assertThat(page.select("h1").text()).isEqualTo("Tofacitinib");
    assertThat(page.select(".condition h2").eachText())
        .containsExactlyInAnyOrder("Alopecia areata", "Alopecia universalis");
    assertThat(page.select(".outcome h3").eachText()).contains("SALT50 · Responders (%)");
    assertThat(page.select(".pooled strong").eachText()).contains("71.4%");
    assertThat(page.select(".certainty strong").eachText()).contains("Very low");
    assertThat(page.select("svg.forest-plot[role=img]")).hasSize(2);
    assertThat(page.select("svg.forest-plot title").first().text())
        .startsWith("Forest plot: SALT50");
    assertThat(page.select(".adverse-events td").eachText())
        .contains("upper respiratory tract infection", "1 of 9");
    assertThat(page.select(".study-list a").eachText())
        .contains(
            "Systemic Tofacitinib Treatment in Pediatric Patients with Resistant Alopecia Areata");
  }

  @Test
  void theTreatmentListLinksEveryTreatmentWithItsStudyCount() throws Exception {
    loadDemo();

    Document page = page("/treatments");

    assertThat(page.select(".treatment-card").eachText())
        .contains("Tofacitinib JAK inhibitor 2 studies");
    assertThat(page.select(".treatment-card a").eachAttr("href")).contains("/treatments/minoxidil");
  }

  @Test
  void theApiListsTreatmentsAPageAtATimeWithACursor() throws Exception {
    JsonNode first =
        json.readTree(
            mvc.perform(get("/api/treatments?limit=5"))
                .andExpect(status().isOk())
                .andExpect(header().exists("Link"))
                .andReturn()
                .getResponse()
                .getContentAsString());
    JsonNode second = api("/api/treatments?limit=100&cursor=" + first.get("next").asString());

    assertThat(first.get("items")).hasSize(5);
    assertThat(first.get("items").size() + second.get("items").size())
        .isEqualTo(HairLossTreatments.ALL.size());
    assertThat(second.get("next").isNull()).isTrue();
    mvc.perform(get("/api/treatments?cursor=not-a-cursor"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void anUnknownTreatmentIsNotFoundOnThePageAndInTheApi() throws Exception {
    mvc.perform(get("/treatments/snake-oil")).andExpect(status().isNotFound());
    mvc.perform(get("/api/treatments/snake-oil"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void thePaperPageFactsPanelLinksToTheTreatmentPage() throws Exception {
    loadDemo();
    long id = jdbc.queryForObject("select id from paper where doi is null", Long.class);

    Document page = page("/papers/" + id);

    assertThat(page.select(".study-facts .treatment-links a").eachAttr("href"))
        .containsExactly("/treatments/tofacitinib");
  }

  private void loadDemo() throws InterruptedException {
    demo.load();
    derivedWork.await(Duration.ofMinutes(5));
  }

  @Test
  void listsEachStudyWithItsCitationCountMostCitedFirstWithinItsDesign() throws Exception {
    store(
        "Minoxidil for androgenetic alopecia: the uncited trial",
        "71500001",
        "In this randomised trial of 40 men, 12 of 40 patients (30%) reached hair regrowth with minoxidil at 24 weeks.");
    store(
        "Minoxidil for androgenetic alopecia: the cited trial",
        "71500002",
        "In this randomised trial of 60 men, 30 of 60 patients (50%) reached hair regrowth with minoxidil at 24 weeks.");
    catalog.upsert(
        PaperRecord.builder()
            .title("A review citing the second minoxidil trial")
            .pmid("71500003")
            .reference(
                new PaperRecord.Reference(
                    "The cited trial.", null, "71500002", null, null, null, null, null))
            .build());
    derivedWork.await(Duration.ofMinutes(5));

    JsonNode studies =
        condition(api("/api/treatments/minoxidil"), "androgenetic-alopecia")
            .at("/designs/0/studies");
    assertThat(studies.get(0).get("title").asString()).endsWith("the cited trial");
    assertThat(studies.get(0).get("citedBy").asInt()).isEqualTo(1);
    assertThat(studies.get(1).get("citedBy").asInt()).isZero();
    Document page = page("/treatments/minoxidil");
    assertThat(page.select(".study-list .cited-by-count").eachText()).containsExactly("Cited by 1");
  }

  private void store(String title, String pmid, String abstractText) throws InterruptedException {
    catalog.upsert(
        PaperRecord.builder()
            .title(title)
            .pmid(pmid)
            .abstractSection(new PaperRecord.AbstractSection(null, abstractText))
            .build());
    derivedWork.await(Duration.ofMinutes(5));
  }

  private JsonNode api(String path) throws Exception {
    return json.readTree(
        mvc.perform(get(path))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  private Document page(String path) throws Exception {
    return Jsoup.parse(
        mvc.perform(get(path))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  private static JsonNode condition(JsonNode report, String slug) {
    for (JsonNode c : report.get("conditions")) {
      if (c.get("slug").asString().equals(slug)) {
        return c;
      }
    }
    throw new AssertionError("no condition " + slug + " in " + report);
  }
}
