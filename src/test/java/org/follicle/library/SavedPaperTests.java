package org.follicle.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.follicle.account.Accounts;
import org.follicle.account.TestSignIn;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.PaperRecord;
import org.follicle.catalog.TestRecords;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Saving papers on the paper page and through the API, listing, exporting and forgetting them. */
@SpringBootTest
@AutoConfigureMockMvc
class SavedPaperTests {

  private static final AtomicInteger SERIAL = new AtomicInteger();

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired Accounts accounts;
  @Autowired Catalog catalog;
  @Autowired JdbcTemplate jdbc;

  @Test
  void savesAPaperWithItsButtonSeesItInTheListAndUnsavesItFromThere() throws Exception {
    Cookie reader = signIn(reader("saver"));
    long paper = paper("A study worth keeping");

    Document before = page(get("/papers/" + paper).cookie(reader));
    assertThat(
            before.select("#saved form[action=/papers/%d/save] input[name=_csrf]".formatted(paper)))
        .hasSize(1);
    mvc.perform(post("/papers/" + paper + "/save").cookie(reader).with(csrf()))
        .andExpect(redirectedUrl("/papers/" + paper + "#saved"));
    Document after = page(get("/papers/" + paper).cookie(reader));
    assertThat(after.select("#saved form[action=/papers/%d/unsave]".formatted(paper))).hasSize(1);
    assertThat(after.select("#saved form[action=/papers/%d/save]".formatted(paper))).isEmpty();

    Document list = page(get("/account/saved").cookie(reader));
    assertThat(list.select(".saved-card .paper-title a").eachAttr("href"))
        .containsExactly("/papers/" + paper);
    mvc.perform(
            post("/papers/" + paper + "/unsave").param("from", "saved").cookie(reader).with(csrf()))
        .andExpect(redirectedUrl("/account/saved"));
    Document emptied = page(get("/account/saved").cookie(reader));
    assertThat(emptied.select(".saved-card")).isEmpty();
    assertThat(emptied.select("p.lead").text()).contains("You have not saved any study yet");
  }

  @Test
  void anonymousVisitorsAreAskedToSignInToSave() throws Exception {
    long paper = paper("A study seen by a visitor");
    Document visitor = page(get("/papers/" + paper));
    assertThat(visitor.select("#saved form")).isEmpty();
    assertThat(visitor.select("#saved a[href=/signin]").text())
        .isEqualTo("Sign in to save this study");
    mvc.perform(post("/papers/" + paper + "/save").with(csrf()))
        .andExpect(status().isUnauthorized());
    mvc.perform(get("/account/saved").accept(MediaType.TEXT_HTML))
        .andExpect(status().is3xxRedirection())
        .andExpect(header().string("Location", Matchers.containsString("/signin")));
    mvc.perform(json(put("/api/papers/" + paper + "/saved"))).andExpect(status().isUnauthorized());
    mvc.perform(get("/api/me/saved")).andExpect(status().isUnauthorized());
  }

  @Test
  void savesThroughTheApiOncePagesTheListNewestFirstAndUnsaves() throws Exception {
    Cookie reader = signIn(reader("api-saver"));
    long first = paper("First saved");
    long second = paper("Second saved");
    long third = paper("Third saved");

    mvc.perform(json(put("/api/papers/" + first + "/saved")).cookie(reader))
        .andExpect(status().isCreated())
        .andExpect(
            header().string("Location", Matchers.endsWith("/api/papers/" + first + "/saved")))
        .andExpect(jsonPath("$.saved").value(true));
    mvc.perform(json(put("/api/papers/" + first + "/saved")).cookie(reader))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.saved").value(true));
    mvc.perform(json(put("/api/papers/" + second + "/saved")).cookie(reader))
        .andExpect(status().isCreated());
    mvc.perform(json(put("/api/papers/" + third + "/saved")).cookie(reader))
        .andExpect(status().isCreated());
    mvc.perform(get("/api/papers/" + third + "/saved").cookie(reader))
        .andExpect(jsonPath("$.saved").value(true))
        .andExpect(jsonPath("$.savedAt").isNotEmpty());

    JsonNode page1 =
        read(
            mvc.perform(get("/api/me/saved").param("limit", "2").cookie(reader))
                .andExpect(status().isOk())
                .andExpect(header().string("Link", Matchers.containsString("rel=\"next\""))));
    assertThat(ids(page1)).containsExactly(third, second);
    JsonNode page2 =
        read(
            mvc.perform(
                    get("/api/me/saved")
                        .param("limit", "2")
                        .param("cursor", page1.get("next").asString())
                        .cookie(reader))
                .andExpect(status().isOk()));
    assertThat(ids(page2)).containsExactly(first);
    assertThat(page2.get("next").isNull()).isTrue();

    mvc.perform(json(delete("/api/papers/" + second + "/saved")).cookie(reader))
        .andExpect(status().isNoContent());
    mvc.perform(get("/api/papers/" + second + "/saved").cookie(reader))
        .andExpect(jsonPath("$.saved").value(false));
    assertThat(ids(read(mvc.perform(get("/api/me/saved").cookie(reader)))))
        .containsExactly(third, first);
  }

  @Test
  void refusesUnknownPapersBadCursorsAndWritesThatAreNotJson() throws Exception {
    Cookie reader = signIn(reader("careless"));
    mvc.perform(json(put("/api/papers/987654321012/saved")).cookie(reader))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value("No paper has id 987654321012"));
    mvc.perform(get("/api/me/saved").param("cursor", "not-ours").cookie(reader))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("cursor 'not-ours'")));
    mvc.perform(put("/api/papers/" + paper("Saved without JSON") + "/saved").cookie(reader))
        .andExpect(status().isUnsupportedMediaType());
    mvc.perform(get("/api/me/saved").param("limit", "0").cookie(reader))
        .andExpect(status().isBadRequest());
  }

  @Test
  void savedPapersAreExportedAndForgottenWithTheAccount() throws Exception {
    String name = reader("leaver");
    long accountId =
        jdbc.queryForObject("select id from account where username = ?", Long.class, name);
    Cookie reader = signIn(name);
    long paper = paper("Saved before leaving");
    mvc.perform(json(put("/api/papers/" + paper + "/saved")).cookie(reader))
        .andExpect(status().isCreated());

    mvc.perform(get("/api/account/export").cookie(reader))
        .andExpect(jsonPath("$.savedPapers[0].paperId").value(paper))
        .andExpect(jsonPath("$.savedPapers[0].title").value("Saved before leaving"))
        .andExpect(jsonPath("$.savedPapers[0].savedAt").isNotEmpty());
    mvc.perform(
            json(delete("/api/account"), Map.of("password", TestSignIn.PASSWORD)).cookie(reader))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.savedPapers[0].paperId").value(paper));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from library_saved_paper where account_id = ?",
                Integer.class,
                accountId))
        .isZero();
  }

  private long paper(String title) {
    String doi = "10.5555/saved." + Long.toString(System.nanoTime(), 36) + SERIAL.incrementAndGet();
    PaperRecord record = TestRecords.withDoi(title, doi);
    catalog.upsert(record);
    return catalog.idByDoi(record.doi()).orElseThrow();
  }

  private String reader(String prefix) {
    String name = TestSignIn.uniqueName(prefix);
    TestSignIn.account(accounts, name);
    return name;
  }

  private Cookie signIn(String name) throws Exception {
    return TestSignIn.session(mvc, name);
  }

  private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request) {
    return json(request, Map.of());
  }

  private MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, Object body) {
    return request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
  }

  private Document page(MockHttpServletRequestBuilder request) throws Exception {
    return Jsoup.parse(
        mvc.perform(request)
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  private JsonNode read(org.springframework.test.web.servlet.ResultActions result)
      throws Exception {
    return json.readTree(result.andReturn().getResponse().getContentAsString());
  }

  private static java.util.List<Long> ids(JsonNode page) {
    java.util.List<Long> ids = new java.util.ArrayList<>();
    page.get("items").forEach(item -> ids.add(item.get("paper").get("id").asLong()));
    return ids;
  }
}
