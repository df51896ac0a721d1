package org.follicle.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.follicle.account.Accounts;
import org.follicle.account.Role;
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
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Moderators correct study facts on the page and through the API, with history. */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class FactCorrectionTests {

  private static final String PASSWORD = "correct horse battery";
  private static final AtomicInteger PEOPLE = new AtomicInteger();
  private static final RequestPostProcessor ADMIN = httpBasic("admin", "test-admin-token");
  private static final String TITLE = "Minoxidil for androgenetic alopecia: a randomised trial";
  private static final String RESULT =
      "In this randomised trial of 7 men, 5 of 7 patients (71.4%) reached hair regrowth with"
          + " minoxidil at 24 weeks.";

  @Autowired MockMvc mvc;
  @Autowired Catalog catalog;
  @Autowired DerivedWork derivedWork;
  @Autowired JdbcTemplate jdbc;
  @Autowired JsonMapper json;
  @Autowired Accounts accounts;
  @Autowired StudyFactRebuild rebuild;
  @Autowired ApplicationEvents events;

  @BeforeEach
  void startEmpty() {
    EmptyCatalog.empty(jdbc);
  }

  @Test
  void correctsAResponseAndSeesTheHistoryOnThePageAndInTheApi() throws Exception {
    long id = store("40404040", TITLE, RESULT);
    String moderator = account(Role.MODERATOR);
    String factId = fact(facts(id), "response_rate").get("id").asString();

    JsonNode corrected =
        json.readTree(
            mvc.perform(
                    put("/api/papers/{id}/facts/{factId}", id, factId)
                        .with(httpBasic(moderator, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                            body(
                                Map.of(
                                    "outcome", "hair regrowth",
                                    "events", 6,
                                    "total", 7,
                                    "timepoint", "24 weeks",
                                    "note", "Table 2 gives 6 of 7"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

    assertThat(corrected.get("value").asString())
        .isEqualTo("hair regrowth in 6/7 (85.7%) after 24 weeks");
    assertThat(corrected.get("corrected").asBoolean()).isTrue();
    assertThat(corrected.get("sentence").asString()).isEqualTo(RESULT);
    JsonNode listed = fact(facts(id), "response_rate");
    assertThat(listed.get("value").asString()).contains("6/7");
    assertThat(listed.get("corrected").asBoolean()).isTrue();
    JsonNode history = api("/api/papers/" + id + "/facts/history");
    assertThat(history.get("revisions")).hasSize(1);
    JsonNode revision = history.at("/revisions/0");
    assertThat(revision.get("action").asString()).isEqualTo("corrected");
    assertThat(revision.get("before").asString()).isEqualTo("5 of 7 patients (71.4%)");
    assertThat(revision.get("after").asString()).contains("6/7");
    assertThat(revision.get("note").asString()).isEqualTo("Table 2 gives 6 of 7");
    assertThat(revision.get("moderator").asString()).isEqualTo(moderator);
    assertThat(revision.get("factId").asString()).isEqualTo(corrected.get("id").asString());

    Document page = page("/papers/" + id);
    assertThat(page.select(".study-fact summary").eachText())
        .contains("hair regrowth in 6/7 (85.7%) after 24 weeks")
        .doesNotContain("5 of 7 patients (71.4%)");
    assertThat(page.select(".study-fact .fact-correction").text())
        .startsWith("Corrected by " + moderator + " on ")
        .endsWith(": Table 2 gives 6 of 7");
    Document moderation =
        page(get("/moderation/papers/" + id + "/facts").with(httpBasic(moderator, PASSWORD)));
    assertThat(moderation.select(".fact-revision").text())
        .contains("Corrected by " + moderator, "5 of 7 patients (71.4%)", "Table 2 gives 6 of 7");
  }

  @Test
  void correctingAResponseChangesThePooledEstimateOfTheTreatmentAndTheVisualAbstract()
      throws Exception {
    long id = store("40404041", TITLE, RESULT);
    JsonNode before = outcome(api("/api/treatments/minoxidil"));
    assertThat(before.at("/reml/estimate").asDouble()).isCloseTo(71.43, within(0.01));
    String factId = fact(facts(id), "response_rate").get("id").asString();

    mvc.perform(
            put("/api/papers/{id}/facts/{factId}", id, factId)
                .with(ADMIN)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    body(
                        Map.of(
                            "outcome", "hair regrowth",
                            "events", 6,
                            "total", 7,
                            "timepoint", "24 weeks",
                            "note", "Table 2 gives 6 of 7"))))
        .andExpect(status().isOk());

    JsonNode after = outcome(api("/api/treatments/minoxidil"));
    assertThat(after.at("/rows/0/detail").asString()).isEqualTo("6/7");
    assertThat(after.at("/reml/estimate").asDouble()).isCloseTo(600 / 7.0, within(0.01));
    assertThat(page("/treatments/minoxidil").select(".pooled strong").eachText()).contains("85.7%");
    assertThat(api("/api/papers/" + id + "/visual-abstract").get("altText").asString())
        .contains("6/7");
  }

  @Test
  void aReaderIsRefusedAndAnonymousVisitorsMustSignIn() throws Exception {
    long id = store("40404042", TITLE, RESULT);
    String reader = account(Role.READER);
    String factId = fact(facts(id), "design").get("id").asString();
    String change = body(Map.of("value", "case series", "note", "It is not randomised"));

    mvc.perform(
            put("/api/papers/{id}/facts/{factId}", id, factId)
                .with(httpBasic(reader, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content(change))
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    mvc.perform(
            put("/api/papers/{id}/facts/{factId}", id, factId)
                .contentType(MediaType.APPLICATION_JSON)
                .content(change))
        .andExpect(status().isUnauthorized());
    mvc.perform(get("/moderation/papers/" + id + "/facts").with(httpBasic(reader, PASSWORD)))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/moderation/papers/{id}/facts/{factId}/remove", id, factId)
                .param("note", "wrong")
                .with(httpBasic(reader, PASSWORD))
                .with(csrf()))
        .andExpect(status().isForbidden());

    assertThat(api("/api/papers/" + id + "/facts/history").get("revisions")).isEmpty();
    assertThat(
            page(get("/papers/" + id).with(httpBasic(reader, PASSWORD))).select(".fact-moderation"))
        .isEmpty();
    assertThat(page(get("/papers/" + id).with(ADMIN)).select(".fact-moderation a").attr("href"))
        .isEqualTo("/moderation/papers/" + id + "/facts");
  }

  @Test
  void invalidValuesAreRefusedNamingTheFieldAndStoreNothing() throws Exception {
    long id = store("40404043", TITLE, RESULT);
    JsonNode facts = facts(id);
    String response = fact(facts, "response_rate").get("id").asString();
    String design = fact(facts, "design").get("id").asString();

    expectRejected(
        id, response, Map.of("outcome", "x", "events", 8, "total", 7, "note", "n"), "events");
    expectRejected(
        id, response, Map.of("outcome", "x", "events", -1, "total", 7, "note", "n"), "events");
    expectRejected(
        id, response, Map.of("outcome", "x", "events", 1, "total", 0, "note", "n"), "total");
    expectRejected(id, design, Map.of("value", "anecdote", "note", "n"), "value");
    expectRejected(id, design, Map.of("value", "case series"), "note");
    mvc.perform(
            post("/api/papers/{id}/facts", id)
                .with(ADMIN)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body(Map.of("kind", "horoscope", "value", "x", "note", "n"))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("kind"));
    mvc.perform(
            post("/api/papers/{id}/facts", id)
                .with(ADMIN)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    body(
                        Map.of(
                            "kind", "intervention",
                            "value", "finasteride",
                            "sentence", "A sentence nobody wrote.",
                            "note", "n"))))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("sentence"));
    mvc.perform(
            put("/api/papers/{id}/facts/{factId}", id, "x000000000000")
                .with(ADMIN)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body(Map.of("value", "case series", "note", "n"))))
        .andExpect(status().isNotFound());
    mvc.perform(
            delete("/api/papers/{id}/facts/{factId}", Long.MAX_VALUE, design)
                .param("note", "n")
                .with(ADMIN)
                .contentType(MediaType.APPLICATION_JSON))
        .andExpect(status().isNotFound());

    assertThat(api("/api/papers/" + id + "/facts/history").get("revisions")).isEmpty();
    assertThat(facts(id)).isEqualTo(facts);
  }

  @Test
  void correctedRemovedAndAddedFactsSurviveReextractionAndReimport() throws Exception {
    long id = store("40404044", TITLE, RESULT);
    JsonNode facts = facts(id);
    String design = fact(facts, "design").get("id").asString();
    String response = fact(facts, "response_rate").get("id").asString();
    mvc.perform(
            put("/api/papers/{id}/facts/{factId}", id, design)
                .with(ADMIN)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body(Map.of("value", "non-randomised trial", "note", "No allocation"))))
        .andExpect(status().isOk());
    mvc.perform(
            delete("/api/papers/{id}/facts/{factId}", id, response)
                .with(ADMIN)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body(Map.of("note", "Counted twice"))))
        .andExpect(status().isNoContent());
    mvc.perform(
            post("/api/papers/{id}/facts", id)
                .with(ADMIN)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    body(
                        Map.of(
                            "kind", "follow_up",
                            "value", "6 months",
                            "sentence", RESULT,
                            "note", "The full text says so"))))
        .andExpect(status().isCreated())
        .andExpect(
            header()
                .string(
                    "Location",
                    org.hamcrest.Matchers.startsWith("/api/papers/" + id + "/facts/m")));

    rebuild.run(done -> {});
    assertCorrectionsKept(id);

    store("40404044", TITLE, RESULT + " Hair counts rose in all men.");
    assertCorrectionsKept(id);
    assertThat(values(facts(id), "outcome_measure")).contains("Hair counts");
  }

  @Test
  void theHistoryComesAPageAtATimeNewestFirst() throws Exception {
    long id = store("40404048", TITLE, RESULT);
    for (String follow : List.of("1 month", "2 months", "3 months")) {
      mvc.perform(
              post("/api/papers/{id}/facts", id)
                  .with(ADMIN)
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(body(Map.of("kind", "follow_up", "value", follow, "note", "Full text"))))
          .andExpect(status().isCreated());
    }

    JsonNode first =
        json.readTree(
            mvc.perform(get("/api/papers/" + id + "/facts/history?limit=2"))
                .andExpect(status().isOk())
                .andExpect(header().string("Link", org.hamcrest.Matchers.endsWith("rel=\"next\"")))
                .andReturn()
                .getResponse()
                .getContentAsString());
    JsonNode second =
        api("/api/papers/" + id + "/facts/history?limit=2&cursor=" + first.get("next").asString());

    assertThat(first.get("revisions").findValuesAsString("after"))
        .containsExactly("3 months", "2 months");
    assertThat(second.get("revisions").findValuesAsString("after")).containsExactly("1 month");
    assertThat(second.get("next").isNull()).isTrue();
    mvc.perform(get("/api/papers/" + id + "/facts/history?cursor=nonsense"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("cursor"));
  }

  @Test
  void correctingAnAdverseEventChangesTheTreatmentsAdverseEventTable() throws Exception {
    long id = store("40404049", TITLE, RESULT + " Headache occurred in 2 of 7 patients treated.");
    assertThat(adverseEvent(api("/api/treatments/minoxidil"), "headache")).containsExactly(2, 7);
    String factId = fact(facts(id), "adverse_event").get("id").asString();

    mvc.perform(
            put("/api/papers/{id}/facts/{factId}", id, factId)
                .with(ADMIN)
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    body(
                        Map.of("outcome", "headache", "events", 3, "total", 7, "note", "Table 3"))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.value").value("headache in 3/7"));

    assertThat(adverseEvent(api("/api/treatments/minoxidil"), "headache")).containsExactly(3, 7);
  }

  @Test
  void correctingTheInterventionFilesThePaperUnderTheCorrectedTreatment() throws Exception {
    long id = store("40404045", TITLE, RESULT);
    List<String> interventions = ids(facts(id), "intervention");
    assertThat(interventions).isNotEmpty();
    for (String factId : interventions) {
      mvc.perform(
              put("/api/papers/{id}/facts/{factId}", id, factId)
                  .with(ADMIN)
                  .contentType(MediaType.APPLICATION_JSON)
                  .content(body(Map.of("value", "finasteride 1 mg daily", "note", "Misread"))))
          .andExpect(status().isOk());
    }

    assertThat(events.stream(StudyTreatmentsChanged.class))
        .anyMatch(changed -> changed.paperIds().equals(List.of(id)));
    assertThat(api("/api/treatments/finasteride").get("studies").asInt()).isEqualTo(1);
    assertThat(api("/api/treatments/minoxidil").get("studies").asInt()).isZero();
  }

  @Test
  void theFormNeedsItsCsrfTokenAndShowsANoteAsPlainText() throws Exception {
    long id = store("40404046", TITLE, RESULT);
    String moderator = account(Role.MODERATOR);
    Document form =
        page(get("/moderation/papers/" + id + "/facts").with(httpBasic(moderator, PASSWORD)));
    assertThat(form.select("form.fact-form")).isNotEmpty();
    assertThat(form.select("form.fact-form input[name=_csrf]"))
        .hasSize(form.select("form.fact-form").size());
    String factId = fact(facts(id), "design").get("id").asString();
    String note = "<script>alert('x')</script><b>bold</b>";

    mvc.perform(
            post("/moderation/papers/{id}/facts/{factId}", id, factId)
                .param("value", "case series")
                .param("note", note)
                .with(httpBasic(moderator, PASSWORD)))
        .andExpect(status().isForbidden());
    assertThat(api("/api/papers/" + id + "/facts/history").get("revisions")).isEmpty();

    mvc.perform(
            post("/moderation/papers/{id}/facts/{factId}", id, factId)
                .param("value", "case series")
                .param("note", note)
                .with(httpBasic(moderator, PASSWORD))
                .with(csrf()))
        .andExpect(redirectedUrl("/moderation/papers/" + id + "/facts?saved"));

    Document page = page("/papers/" + id);
    assertThat(page.select(".fact-correction .fact-note").text()).isEqualTo(note);
    assertThat(page.select(".study-facts script, .study-facts b")).isEmpty();
    Document moderation =
        page(get("/moderation/papers/" + id + "/facts").with(httpBasic(moderator, PASSWORD)));
    assertThat(moderation.select(".fact-history script, .fact-history b")).isEmpty();
    assertThat(moderation.select(".fact-history .fact-note").text()).isEqualTo(note);
  }

  @Test
  void theFormStartsFromTheOutcomeAndCountsReadFromTheAbstract() throws Exception {
    long id = store("40404050", TITLE, RESULT);
    String factId = fact(facts(id), "response_rate").get("id").asString();

    Document page = page(get("/moderation/papers/" + id + "/facts").with(ADMIN));

    assertThat(page.select("#outcome-" + factId).val()).isEqualTo("hair regrowth");
    assertThat(page.select("#events-" + factId).val()).isEqualTo("5");
    assertThat(page.select("#total-" + factId).val()).isEqualTo("7");
    assertThat(page.select("#timepoint-" + factId).val()).isEqualTo("24 weeks");
  }

  @Test
  void theFormShowsWhyAValueIsRefused() throws Exception {
    long id = store("40404047", TITLE, RESULT);
    String factId = fact(facts(id), "response_rate").get("id").asString();

    Document page =
        page(
            post("/moderation/papers/{id}/facts/{factId}", id, factId)
                .param("outcome", "hair regrowth")
                .param("events", "9")
                .param("total", "7")
                .param("note", "Table 2")
                .with(ADMIN)
                .with(csrf()),
            400);

    assertThat(page.select(".notice").text())
        .isEqualTo("events: 9 responders cannot exceed the total of 7");
    assertThat(page.select("#fact-" + factId).hasClass("has-error")).isTrue();
  }

  private void assertCorrectionsKept(long id) throws Exception {
    JsonNode facts = facts(id);
    assertThat(values(facts, "design")).containsExactly("non-randomised trial");
    assertThat(values(facts, "response_rate")).doesNotContain("5 of 7 patients (71.4%)");
    assertThat(values(facts, "follow_up")).contains("6 months");
    assertThat(outcome(api("/api/treatments/minoxidil")).isMissingNode()).isTrue();
    assertThat(api("/api/papers/" + id + "/facts/history").get("revisions")).hasSize(3);
  }

  private void expectRejected(long id, String factId, Map<String, Object> change, String field)
      throws Exception {
    mvc.perform(
            put("/api/papers/{id}/facts/{factId}", id, factId)
                .with(ADMIN)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body(change)))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.field").value(field))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith(field + ": ")));
  }

  private long store(String pmid, String title, String abstractText) throws InterruptedException {
    catalog.upsert(
        PaperRecord.builder()
            .title(title)
            .pmid(pmid)
            .abstractSection(new PaperRecord.AbstractSection(null, abstractText))
            .build());
    derivedWork.await(Duration.ofMinutes(5));
    return catalog.idByPmid(pmid).orElseThrow();
  }

  private String account(Role role) {
    String name =
        "fact-"
            + role.name().toLowerCase()
            + "-"
            + Long.toString(System.nanoTime(), 36)
            + PEOPLE.incrementAndGet();
    accounts.createConfirmed(name, name + "@example.org", PASSWORD, Set.of(role));
    return name;
  }

  private JsonNode facts(long id) throws Exception {
    return api("/api/papers/" + id + "/facts");
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
    return page(get(path));
  }

  private Document page(org.springframework.test.web.servlet.RequestBuilder request)
      throws Exception {
    return page(request, 200);
  }

  private Document page(org.springframework.test.web.servlet.RequestBuilder request, int status)
      throws Exception {
    return Jsoup.parse(
        mvc.perform(request)
            .andExpect(status().is(status))
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  private String body(Map<String, ?> fields) {
    return json.writeValueAsString(fields);
  }

  /** The pooled outcome of the first condition, or a missing node when nothing is pooled. */
  private static JsonNode outcome(JsonNode report) {
    return report.at("/conditions/0/outcomes/0");
  }

  private static List<Integer> adverseEvent(JsonNode report, String event) {
    for (JsonNode row : report.at("/conditions/0/adverseEvents")) {
      if (row.get("event").asString().equals(event)) {
        return List.of(
            row.get("participantsWithEvent").asInt(), row.get("participantsCounted").asInt());
      }
    }
    throw new AssertionError("no adverse event " + event + " in " + report);
  }

  private static JsonNode fact(JsonNode facts, String kind) {
    for (JsonNode fact : facts.get("facts")) {
      if (fact.get("kind").asString().equals(kind)) {
        return fact;
      }
    }
    throw new AssertionError("no " + kind + " fact in " + facts);
  }

  private static List<String> values(JsonNode facts, String kind) {
    List<String> values = new ArrayList<>();
    facts
        .get("facts")
        .forEach(
            f -> {
              if (f.get("kind").asString().equals(kind)) {
                values.add(f.get("value").asString());
              }
            });
    return values;
  }

  private static List<String> ids(JsonNode facts, String kind) {
    List<String> ids = new ArrayList<>();
    facts
        .get("facts")
        .forEach(
            f -> {
              if (f.get("kind").asString().equals(kind)) {
                ids.add(f.get("id").asString());
              }
            });
    return ids;
  }
}
