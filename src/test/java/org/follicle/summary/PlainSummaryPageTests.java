package org.follicle.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.DerivedWork;
import org.follicle.catalog.PaperRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
class PlainSummaryPageTests {

  private static final RequestPostProcessor ADMIN = httpBasic("admin", "test-admin-token");
  private static final String EDIT = "Minoxidil pills helped men with pattern hair loss.";

  @Autowired MockMvc mvc;
  @Autowired Catalog catalog;
  @Autowired DerivedWork derivedWork;
  @Autowired JsonMapper json;

  private long id;
  private String generated;

  @BeforeEach
  void storeAStudy() throws InterruptedException {
    PaperRecord study = PlainSummaryTests.study();
    catalog.upsert(study);
    assertThat(derivedWork.await(Duration.ofMinutes(5))).isZero();
    id = catalog.idByDoi(study.doi()).orElseThrow();
    generated =
        new PlainSummaryGenerator().fromSentences(PlainSummaryGeneratorTest.ABSTRACT).orElseThrow();
  }

  @Test
  void thePaperPageShowsThePlainSummaryUnderTheTldr() throws Exception {
    Document page = page("/papers/" + id);

    assertThat(page.select(".tldr h2, .plain-summary h2").eachText())
        .containsExactly("TLDR", "Plain-language summary");
    assertThat(page.select(".plain-summary-text").text()).isEqualTo(generated);
    assertThat(page.select(".plain-summary-origin").text())
        .startsWith("Written by Follicle from the abstract, in plain words.");
    assertThat(page.select(".plain-summary-edit")).as("offered only to editors").isEmpty();
    assertThat(Jsoup.parse(adminPage("/papers/" + id)).select(".plain-summary-edit").attr("href"))
        .isEqualTo("/papers/" + id + "/plain-summary/edit");
    assertThat(page.select(".plain-summary-history summary").text()).isEqualTo("Versions (1)");
  }

  @Test
  void anAdminEditsThePlainSummaryOnThePageAndItsHistoryShowsTheChange() throws Exception {
    mvc.perform(get("/papers/" + id + "/plain-summary/edit").accept(MediaType.TEXT_HTML))
        .andExpect(status().isUnauthorized());
    Document form = Jsoup.parse(adminPage("/papers/" + id + "/plain-summary/edit"));
    assertThat(form.select("textarea[name=text]").text()).isEqualTo(generated);

    mvc.perform(
            post("/papers/" + id + "/plain-summary/edit")
                .param("text", EDIT)
                .with(user("admin").roles("ADMIN"))
                .with(csrf()))
        .andExpect(redirectedUrl("/papers/" + id));

    Document page = page("/papers/" + id);
    assertThat(page.select(".plain-summary-text").text()).isEqualTo(EDIT);
    assertThat(page.select(".plain-summary-origin").text()).startsWith("Edited by admin on ");
    assertThat(page.select(".plain-summary-history summary").text()).isEqualTo("Versions (2)");
    assertThat(page.select(".plain-summary-version").first().select("ins").eachText())
        .anySatisfy(inserted -> assertThat(inserted).contains("Minoxidil pills helped men with"));
  }

  @Test
  void anEmptyEditOnThePageIsRefusedWithTheReason() throws Exception {
    mvc.perform(
            post("/papers/" + id + "/plain-summary/edit")
                .param("text", "   ")
                .with(user("admin").roles("ADMIN"))
                .with(csrf()))
        .andExpect(redirectedUrl("/papers/" + id + "/plain-summary/edit"))
        .andExpect(
            result ->
                assertThat(result.getFlashMap().get("error"))
                    .isEqualTo("A plain-language summary cannot be empty."));
  }

  @Test
  void theApiGivesThePlainSummaryWithItsVersionsAndBesideTheTldr() throws Exception {
    JsonNode body = apiGet("/api/papers/" + id + "/plain-summary");
    assertThat(body.get("paperId").asLong()).isEqualTo(id);
    assertThat(body.get("plainSummary").get("text").asString()).isEqualTo(generated);
    assertThat(body.get("plainSummary").get("origin").asString()).isEqualTo("GENERATED");
    assertThat(body.get("versions")).hasSize(1);

    JsonNode summary = apiGet("/api/papers/" + id + "/summary");
    assertThat(summary.get("tldr").get("text").asString()).isNotBlank();
    assertThat(summary.get("plainSummary").get("text").asString()).isEqualTo(generated);

    mvc.perform(get("/api/papers/999999999/plain-summary"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void theApiEditNeedsAnAdminAndKeepsTheEditor() throws Exception {
    String edit = "{\"plainSummary\": \"" + EDIT + "\"}";
    mvc.perform(
            put("/api/papers/" + id + "/plain-summary")
                .contentType(MediaType.APPLICATION_JSON)
                .content(edit))
        .andExpect(status().isUnauthorized());
    mvc.perform(
            put("/api/papers/" + id + "/plain-summary")
                .contentType(MediaType.APPLICATION_JSON)
                .content(edit)
                .with(user("reader").roles("READER"))
                .with(csrf()))
        .andExpect(status().isForbidden());

    mvc.perform(
            put("/api/papers/" + id + "/plain-summary")
                .contentType(MediaType.APPLICATION_JSON)
                .content(edit)
                .with(ADMIN))
        .andExpect(status().isOk());
    mvc.perform(
            put("/api/papers/" + id + "/plain-summary")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"plainSummary\": \"\"}")
                .with(ADMIN))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

    JsonNode body = apiGet("/api/papers/" + id + "/plain-summary");
    assertThat(body.get("plainSummary").get("origin").asString()).isEqualTo("EDITED");
    assertThat(body.get("plainSummary").get("author").asString()).isEqualTo("admin");
    assertThat(body.get("versions")).hasSize(2);
  }

  private Document page(String path) throws Exception {
    return Jsoup.parse(
        mvc.perform(get(path))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  private String adminPage(String path) throws Exception {
    return mvc.perform(get(path).with(user("admin").roles("ADMIN")))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString();
  }

  private JsonNode apiGet(String path) throws Exception {
    return json.readTree(
        mvc.perform(get(path))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }
}
