package org.follicle.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.follicle.account.AccountView;
import org.follicle.account.Accounts;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.DerivedWork;
import org.follicle.catalog.Doi;
import org.follicle.catalog.PaperRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * With embeddings on, a study's page lists the posts linking it, then posts close to it in meaning
 * (not those about something else), and a post's page lists the research close to it. Tagged {@code
 * vectors}: OpenSearch without its k-NN plugin keeps no vectors to find research by.
 */
@Tag("search")
@Tag("vectors")
@SpringBootTest(properties = "follicle.search.embeddings.enabled=true")
@AutoConfigureMockMvc
class RelatedPostsByMeaningTests {

  private static final Duration WAIT = Duration.ofMinutes(5);

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired JdbcTemplate jdbc;
  @Autowired Catalog catalog;
  @Autowired Accounts accounts;
  @Autowired Community community;
  @Autowired DerivedWork derivedWork;

  @Test
  void listsPostsCloseInMeaningAfterThoseLinkingTheStudyAndResearchCloseToAPost() throws Exception {
    long paper = pediatricTofacitinibStudy();
    await(
        () ->
            jdbc.queryForObject(
                    "select count(*) from paper_embedding where paper_id = ?", Long.class, paper)
                == 1);
    String name = "meaning" + System.nanoTime() % 1_000_000_000L;
    AccountView author =
        accounts.createConfirmed(name, name + "@example.org", "correct horse battery", Set.of());
    long linking =
        community
            .createPost(
                author, "research", new PostText("A note on a trial", "Read it.", List.of(paper)))
            .id();
    long near =
        community
            .createPost(
                author,
                "treatments",
                new PostText(
                    "Tofacitinib for my son's alopecia areata",
                    "Our dermatologist suggested tofacitinib, a JAK inhibitor, after steroids"
                        + " failed for our child. How long before the hair grew back for yours?",
                    List.of()))
            .id();
    long far =
        community
            .createPost(
                author,
                "chat",
                new PostText(
                    "My cat knocked over my coffee",
                    "Completely off topic: my morning was a disaster and the rug is ruined.",
                    List.of()))
            .id();
    derivedWork.await(WAIT);

    Document page = page("/papers/" + paper);
    assertThat(page.select(".related-posts-linking .post-card-title").eachAttr("href"))
        .containsExactly("/community/posts/" + linking);
    List<String> similar = page.select(".related-posts-similar .post-card-title").eachAttr("href");
    assertThat(similar)
        .contains("/community/posts/" + near)
        .doesNotContain("/community/posts/" + far, "/community/posts/" + linking);
    assertThat(page.select(".community-study .post-card-title").eachAttr("href").get(0))
        .isEqualTo("/community/posts/" + linking);
    JsonNode related = getJson("/api/papers/" + paper + "/community/related");
    assertThat(related.get(0).get("linksStudy").asBoolean()).isTrue();
    for (JsonNode post : related) {
      if (post.get("post").get("id").asLong() == near) {
        assertThat(post.get("similarity").asDouble()).isGreaterThanOrEqualTo(0.70);
      }
    }

    await(() -> ids(getJson("/api/community/posts/" + near + "/related-research")).contains(paper));
    assertThat(page("/community/posts/" + near).select(".related-research a").eachAttr("href"))
        .contains("/papers/" + paper);
    assertThat(ids(getJson("/api/community/posts/" + far + "/related-research")))
        .doesNotContain(paper);
    assertThat(ids(getJson("/api/community/posts/" + linking + "/related-research")))
        .as("the studies a post links are listed as such, not again as related")
        .doesNotContain(paper);
  }

  private long pediatricTofacitinibStudy() {
    String doi = "10.5555/meaning." + System.nanoTime();
    catalog.upsert(
        PaperRecord.builder()
            .title("Oral tofacitinib in children with alopecia areata that resisted treatment")
            .doi(Doi.parse(doi))
            .abstractSection(
                new PaperRecord.AbstractSection(
                    null,
                    "We followed children with severe alopecia areata who had not responded to"
                        + " steroids and took the JAK inhibitor tofacitinib by mouth. Most regrew"
                        + " scalp hair within six months; side effects were mild and laboratory"
                        + " values were monitored throughout."))
            .build());
    return catalog.idByDoi(Doi.parse(doi)).orElseThrow();
  }

  private static List<Long> ids(JsonNode studies) {
    List<Long> ids = new ArrayList<>();
    studies.forEach(study -> ids.add(study.get("id").asLong()));
    return ids;
  }

  /** Embedding and indexing run after their transactions: waits for what they lead to. */
  private static void await(Callable<Boolean> done) throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!done.call()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not done after " + WAIT.toSeconds() + " s");
      }
      Thread.sleep(100);
    }
  }

  private JsonNode getJson(String path) throws Exception {
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
            .getContentAsString(StandardCharsets.UTF_8));
  }
}
