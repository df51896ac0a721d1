package org.follicle.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.follicle.account.Accounts;
import org.follicle.account.Role;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.Doi;
import org.follicle.catalog.PaperRecord;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * A paper's summaries are edited by moderators and by its verified authors, not by other readers
 * nor by authors of other papers.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SummaryEditorsTests {

  private static final String PASSWORD = "correct horse battery";
  private static final AtomicInteger NAMES = new AtomicInteger();
  private static final String EDIT = "{\"tldr\": \"Tofacitinib regrew hair in most children.\"}";

  @Autowired MockMvc mvc;
  @Autowired Catalog catalog;
  @Autowired Accounts accounts;
  @Autowired JsonMapper json;

  private long paper;

  @BeforeEach
  void storeAPaperWithAnAuthor() {
    Doi doi = Doi.parse("10.5555/summary-editors." + System.nanoTime());
    catalog.upsert(
        PaperRecord.builder()
            .title("Tofacitinib in children with alopecia areata " + doi.value())
            .doi(doi)
            .author(new PaperRecord.Author("Lima", "Ana", null, null, "Clinic of Hair, Porto."))
            .build());
    paper = catalog.idByDoi(doi).orElseThrow();
  }

  @Test
  void theVerifiedAuthorEditsThePapersTldrAndPlainSummary() throws Exception {
    String author = account(Set.of());
    verifyAsTheFirstAuthor(author);

    mvc.perform(editTldr(paper).with(httpBasic(author, PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.tldr.author").value(author));
    mvc.perform(
            put("/api/papers/" + paper + "/plain-summary")
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"plainSummary\": \"Most children grew hair back. Few had side effects.\"}")
                .with(httpBasic(author, PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.plainSummary.author").value(author));
    String page =
        mvc.perform(get("/papers/" + paper).with(httpBasic(author, PASSWORD)))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(Jsoup.parse(page).select(".tldr-edit").attr("href"))
        .isEqualTo("/papers/" + paper + "/tldr/edit");
  }

  @Test
  void otherReadersAndAuthorsOfOtherPapersAreRefused() throws Exception {
    String reader = account(Set.of());
    mvc.perform(editTldr(paper).with(httpBasic(reader, PASSWORD)))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("verified")));
    mvc.perform(get("/papers/" + paper + "/tldr/edit").with(httpBasic(reader, PASSWORD)))
        .andExpect(status().isForbidden());

    String authorElsewhere = account(Set.of());
    verifyAsTheFirstAuthor(authorElsewhere);
    storeAPaperWithAnAuthor();
    mvc.perform(editTldr(paper).with(httpBasic(authorElsewhere, PASSWORD)))
        .andExpect(status().isForbidden());
  }

  @Test
  void aModeratorEditsAnyPapersTldr() throws Exception {
    String moderator = account(Set.of(Role.MODERATOR));
    mvc.perform(editTldr(paper).with(httpBasic(moderator, PASSWORD)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.tldr.author").value(moderator));
  }

  private MockHttpServletRequestBuilder editTldr(long paperId) {
    return put("/api/papers/" + paperId + "/summary")
        .contentType(MediaType.APPLICATION_JSON)
        .content(EDIT);
  }

  private String account(Set<Role> roles) {
    String name = "editor" + System.nanoTime() % 1_000_000 + "n" + NAMES.incrementAndGet();
    accounts.createConfirmed(name, name + "@example.org", PASSWORD, roles);
    return name;
  }

  /** The person claims the paper's first author and a moderator approves the claim. */
  private void verifyAsTheFirstAuthor(String name) throws Exception {
    String claimed =
        mvc.perform(
                post("/api/papers/" + paper + "/claims")
                    .with(httpBasic(name, PASSWORD))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"authorPosition\": 1}"))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    long claim = json.readTree(claimed).get("id").asLong();
    mvc.perform(
            post("/api/moderation/claims/" + claim + "/approve")
                .with(httpBasic("admin", "test-admin-token"))
                .contentType(MediaType.APPLICATION_JSON))
        .andExpect(status().isOk());
  }
}
