package org.follicle.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
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
import org.follicle.catalog.Catalog;
import org.follicle.catalog.DerivedWork;
import org.follicle.catalog.Doi;
import org.follicle.catalog.PaperRecord;
import org.follicle.ingest.DemoContent;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/**
 * What ties posts to studies and to each other, with embeddings off (as in most installations'
 * tests): a study's related posts are those linking it, followers of a study hear of new posts and
 * comments, posts are found by full-text search, and the demo adds its marked posts once.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CommunityLinksTests extends CommunityHttpTests {

  private static final Duration WAIT = Duration.ofMinutes(5);

  @Autowired Catalog catalog;
  @Autowired DerivedWork derivedWork;
  @Autowired DemoContent demo;

  private long paperId;

  @BeforeEach
  void storeAPaper() {
    String doi = "10.5555/community-links-" + unique("paper");
    catalog.upsert(
        PaperRecord.builder()
            .title("Baricitinib in adults with severe alopecia areata: " + doi)
            .doi(Doi.parse(doi))
            .build());
    paperId = catalog.idByDoi(Doi.parse(doi)).orElseThrow();
  }

  @Test
  void showsPostsLinkingAStudyOnItsPageBestFirstWhenEmbeddingsAreOff() throws Exception {
    Person ana = person("ana");
    Person ben = person("ben");
    long quiet =
        createPost(ana, "treatments", "Baricitinib, month three", "Some regrowth.", paperId);
    long liked =
        createPost(ben, "research", "What the baricitinib trial measured", "SALT.", paperId);
    createPost(ana, "chat", "Unrelated", "Not about the study.");
    vote(ana, liked, 1);

    Document page = page(get("/papers/" + paperId));
    assertThat(page.select(".related-posts-linking .post-card-title").eachAttr("href"))
        .containsExactly("/community/posts/" + liked, "/community/posts/" + quiet);
    assertThat(page.select(".related-posts-similar")).isEmpty();
    var card = page.select(".related-posts-linking .post-card").first();
    assertThat(card.select(".post-meta").text())
        .contains("1 point", "Research", "by " + ben.name(), "just now");
    assertThat(card.select(".post-gist").text()).isEqualTo("SALT.");

    JsonNode related = getJson("/api/papers/" + paperId + "/community/related");
    assertThat(related.size()).isEqualTo(2);
    assertThat(related.get(0).get("post").get("id").asLong()).isEqualTo(liked);
    assertThat(related.get(0).get("linksStudy").asBoolean()).isTrue();
    assertThat(getJson("/api/community/posts/" + liked + "/related-research").size()).isZero();
  }

  @Test
  void followersHearOfNewPostsOnTheStudyAndCommentsOnItsDiscussionButNotOfTheirOwn()
      throws Exception {
    Person ana = person("ana");
    Person ben = person("ben");
    Person cat = person("cat");
    assertThat(page(get("/papers/" + paperId)).select("form#follow-study")).isEmpty();
    Document before = page(get("/papers/" + paperId).cookie(ana.session()));
    assertThat(before.select("form#follow-study").attr("action"))
        .isEqualTo("/papers/" + paperId + "/community/follow");
    assertThat(before.select("form#follow-study input[name=_csrf]")).hasSize(1);
    mvc.perform(post("/papers/" + paperId + "/community/follow").cookie(ana.session()).with(csrf()))
        .andExpect(redirectedUrl("/papers/" + paperId + "#community-heading"));
    assertThat(
            page(get("/papers/" + paperId).cookie(ana.session()))
                .select("form#follow-study")
                .attr("action"))
        .isEqualTo("/papers/" + paperId + "/community/unfollow");
    mvc.perform(api(put("/api/papers/" + paperId + "/community/follow").cookie(ben.session())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.following").value(true))
        .andExpect(jsonPath("$.followers").value(2));
    mvc.perform(api(put("/api/papers/" + paperId + "/community/follow")))
        .andExpect(status().isUnauthorized());
    mvc.perform(api(put("/api/papers/999999999/community/follow").cookie(ben.session())))
        .andExpect(status().isNotFound());

    long post = createPost(ben, "treatments", "Baricitinib, my first month", "Hopeful.", paperId);
    createPost(cat, "chat", "Not linking it", "Elsewhere.");
    derivedWork.await(WAIT);
    assertThat(notifications(ana, "community-study-post"))
        .containsExactly("/community/posts/" + post);
    assertThat(notifications(ben, "community-study-post")).isEmpty();

    mvc.perform(post("/papers/" + paperId + "/discussion").cookie(cat.session()).with(csrf()))
        .andExpect(status().is3xxRedirection());
    long discussion = getJson("/api/papers/" + paperId + "/community").get("discussion").asLong();
    long comment = comment(ana, discussion);
    derivedWork.await(WAIT);
    assertThat(notifications(ben, "community-study-comment"))
        .containsExactly("/community/posts/" + discussion + "#comment-" + comment);
    assertThat(notifications(ana, "community-study-comment")).isEmpty();

    mvc.perform(api(delete("/api/papers/" + paperId + "/community/follow").cookie(ben.session())))
        .andExpect(jsonPath("$.following").value(false));
    comment(cat, discussion);
    derivedWork.await(WAIT);
    assertThat(notifications(ben, "community-study-comment")).hasSize(1);
    assertThat(notifications(ana, "community-study-comment")).hasSize(1);
    assertThat(
            getJson("/api/account/export", ana.session())
                .get("followedStudies")
                .get(0)
                .get("paperId")
                .asLong())
        .isEqualTo(paperId);
  }

  @Test
  void findsPostsByTitleTextAndCommentsWithHighlightsAChannelFilterAndACursor() throws Exception {
    Person ana = person("ana");
    String word = "zorblax" + unique("w").replaceAll("[^a-z0-9]", "");
    long inTitle = createPost(ana, "treatments", "My " + word + " routine", "Every morning.");
    long inText =
        createPost(
            ana, "chat", "A long winter", "I tried **" + word + "** for a while and stopped.");
    long inComment = createPost(ana, "research", "Questions", "Ask me.");
    comment(ana, inComment, "Did anyone compare it with " + word + "?");
    createPost(ana, "chat", "Nothing", "No match here.");
    derivedWork.await(WAIT);

    JsonNode all = getJson("/api/community/search?q=" + word);
    assertThat(ids(all)).containsExactlyInAnyOrder(inTitle, inText, inComment);
    assertThat(ids(all).get(0)).isEqualTo(inTitle);
    JsonNode textHit = hit(all, inText);
    assertThat(textHit.get("snippetHtml").asString())
        .isEqualTo("I tried <mark>" + word + "</mark> for a while and stopped.");
    assertThat(hit(all, inTitle).get("titleHtml").asString()).contains("<mark>" + word);

    assertThat(ids(getJson("/api/community/search?channel=chat&q=" + word)))
        .containsExactly(inText);
    JsonNode first = getJson("/api/community/search?limit=2&q=" + word);
    assertThat(first.get("items").size()).isEqualTo(2);
    String next = first.get("next").asString();
    mvc.perform(get("/api/community/search?limit=2&q=" + word))
        .andExpect(header().string("Link", org.hamcrest.Matchers.containsString("cursor=" + next)));
    JsonNode second = getJson("/api/community/search?limit=2&q=" + word + "&cursor=" + next);
    assertThat(second.get("items").size()).isEqualTo(1);
    assertThat(second.get("next").isNull()).isTrue();

    Document page = page(get("/community/search?q=" + word));
    assertThat(page.select(".post-results .post-card-title").eachAttr("href"))
        .contains("/community/posts/" + inText);
    assertThat(page.select(".post-results mark").eachText()).contains(word);
    assertThat(page.select("[role=status]").text()).isEqualTo("3 posts");
    assertThat(page(get("/community")).select("form.community-search").attr("action"))
        .isEqualTo("/community/search");
    assertThat(
            page(get("/community/chat"))
                .select("form.community-search option[selected]")
                .attr("value"))
        .isEqualTo("chat");
  }

  @Test
  void answersMalformedSearchesWithAClearMessageNeverAnError() throws Exception {
    Person ana = person("ana");
    String word = "quoxle" + unique("w").replaceAll("[^a-z0-9]", "");
    long post = createPost(ana, "chat", "The " + word + " question", "Text <b>bold</b>.");
    derivedWork.await(WAIT);

    JsonNode unclosed =
        json.readTree(
            mvc.perform(get("/api/community/search").param("q", "\"" + word + " question"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(ids(unclosed)).first().isEqualTo(post);
    assertThat(unclosed.get("notes").get(0).asString()).contains("quote mark had no partner");
    for (String odd : List.of("((", "-", "\"\"", "*?~^", "AND OR NOT", "a:b:c", "\\")) {
      mvc.perform(get("/api/community/search").param("q", odd)).andExpect(status().isOk());
      mvc.perform(get("/community/search").param("q", odd)).andExpect(status().isOk());
    }
    mvc.perform(get("/api/community/search").param("q", " "))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.field").value("q"));
    mvc.perform(get("/api/community/search?q=x&cursor=bogus"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("cursor"));
    mvc.perform(get("/api/community/search?q=x&channel=no-such-channel"))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/community/search?q=x&limit=0"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("limit"));
    assertThat(page(get("/community/search")).select("#community-q")).hasSize(1);
    assertThat(page(get("/community/search?q=" + word)).select(".post-results").html())
        .doesNotContain("<b>bold</b>");
  }

  @Test
  void theDemoAddsMarkedPostsOnTheSeedStudiesOnce() throws Exception {
    demo.load();
    demo.load();
    derivedWork.await(WAIT);
    List<Long> demoAccounts =
        jdbc.queryForList("select account_id from community_demo_author", Long.class);
    assertThat(demoAccounts).hasSize(3);
    List<Map<String, Object>> posts =
        jdbc.queryForList(
            "select p.id, p.author_name from community_post p join community_demo_author d"
                + " on d.account_id = p.author_id");
    assertThat(posts).hasSize(3);
    assertThat(posts).allMatch(row -> ((String) row.get("AUTHOR_NAME")).startsWith("Demo: "));
    long seed = catalog.idByDoi(Doi.parse("10.3389/fimmu.2022.904156")).orElseThrow();
    Document page = page(get("/papers/" + seed));
    var cards = page.select(".related-posts-linking .post-card");
    assertThat(cards).hasSizeGreaterThanOrEqualTo(2);
    assertThat(cards.select(".demo-marker").eachText()).contains("demo account");
    String post = cards.select(".post-card-title:contains(case report)").attr("href");
    Document thread = page(get(post));
    assertThat(thread.select(".post .demo-marker").text()).isEqualTo("demo account");
    assertThat(thread.select(".comment .demo-marker").text()).contains("demo account");
  }

  private static List<Long> ids(JsonNode results) {
    List<Long> ids = new ArrayList<>();
    results.get("items").forEach(item -> ids.add(item.get("post").get("id").asLong()));
    return ids;
  }

  private static JsonNode hit(JsonNode results, long postId) {
    for (JsonNode item : results.get("items")) {
      if (item.get("post").get("id").asLong() == postId) {
        return item;
      }
    }
    throw new AssertionError("post " + postId + " was not found");
  }

  private long comment(Person author, long post) throws Exception {
    return comment(author, post, "A comment.");
  }

  private long comment(Person author, long post, String body) throws Exception {
    MvcResult result =
        mvc.perform(
                api(
                    post("/api/community/posts/" + post + "/comments").cookie(author.session()),
                    Map.of("body", body)))
            .andExpect(status().isCreated())
            .andReturn();
    return json.readTree(result.getResponse().getContentAsString()).get("id").asLong();
  }

  private void vote(Person voter, long post, int value) throws Exception {
    mvc.perform(
            api(
                post("/api/community/posts/" + post + "/vote").cookie(voter.session()),
                Map.of("value", value)))
        .andExpect(status().isOk());
  }

  private MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request) {
    return request.contentType(MediaType.APPLICATION_JSON);
  }
}
