package org.follicle.community;

import static org.assertj.core.api.Assertions.assertThat;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.follicle.account.TestSignIn;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.Doi;
import org.follicle.catalog.PaperRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * Channels, posts, comments, votes and study discussions, on the pages and through the API: what
 * people write renders inert, oversized text is refused cleanly, only authors edit, replies notify.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CommunityFlowTests extends CommunityHttpTests {

  @Autowired Catalog catalog;

  private long paperId;
  private String paperTitle;

  @BeforeEach
  void storeAPaper() {
    String doi = "10.5555/community-" + unique("paper");
    paperTitle = "Low-level laser therapy for androgenetic alopecia: " + doi;
    catalog.upsert(
        PaperRecord.builder()
            .title(paperTitle)
            .doi(Doi.parse(doi))
            .author(new PaperRecord.Author("Lima", "Ana", null, null, "Clinic of Hair, Porto."))
            .build());
    paperId = catalog.idByDoi(Doi.parse(doi)).orElseThrow();
  }

  @Test
  void listsTheSeededChannelsAndOnlyAnAdminCreatesOne() throws Exception {
    Document channels = page(get("/community"));
    assertThat(channels.select(".channel-item a").eachAttr("href"))
        .contains(
            "/community/chat",
            "/community/treatments",
            "/community/research",
            "/community/success-stories");

    String slug = unique("chan");
    Map<String, String> channel = Map.of("slug", slug, "name", "Diet", "description", "Food.");
    mvc.perform(api(post("/api/community/channels"), channel)).andExpect(status().isUnauthorized());
    mvc.perform(api(post("/api/community/channels").cookie(person("reader").session()), channel))
        .andExpect(status().isForbidden());
    mvc.perform(api(post("/api/community/channels").with(admin()), channel))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", "/api/community/channels/" + slug))
        .andExpect(jsonPath("$.posts").value(0));
    mvc.perform(api(post("/api/community/channels").with(admin()), channel))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.field").value("slug"));
    mvc.perform(
            api(
                post("/api/community/channels").with(admin()),
                Map.of("slug", "Not A Slug", "name", "x")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("slug"));
    assertThat(page(get("/community")).select("a[href=/community/" + slug + "]").text())
        .isEqualTo("Diet");
  }

  @Test
  void postsThroughThePlainFormOfAChannel() throws Exception {
    Person ana = person("ana");
    Document form = page(get("/community/treatments/new").cookie(ana.session()));
    assertThat(form.select("#post-form").attr("action")).isEqualTo("/community/treatments/posts");
    assertThat(form.select("#post-form input[name=_csrf]")).hasSize(1);
    mvc.perform(
            post("/community/treatments/posts")
                .cookie(ana.session())
                .param("title", "Without a token")
                .param("body", "x"))
        .andExpect(status().isForbidden());
    String location =
        mvc.perform(
                post("/community/treatments/posts")
                    .cookie(ana.session())
                    .with(csrf())
                    .param("title", "Finasteride, year one")
                    .param("body", "It *worked*.")
                    .param("studies", String.valueOf(paperId)))
            .andExpect(redirectedUrlPattern("/community/posts/*"))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    Document post = page(get(location).cookie(ana.session()));
    assertThat(post.select(".post-body em").text()).isEqualTo("worked");
    assertThat(post.select(".post-meta").first().text()).contains("by " + ana.name(), "just now");
    assertThat(post.select(".study-card a").attr("href")).isEqualTo("/papers/" + paperId);
    assertThat(post.select(".post-actions form input[name=_csrf]")).hasSize(1);
    assertThat(page(get("/community/treatments")).select("a[href=" + location + "]")).hasSize(1);
  }

  @Test
  void sortsAChannelHotNewAndTopPagesByCursorAndServesAFeed() throws Exception {
    String slug = channel();
    Person ana = person("ana");
    long old = createPost(ana, slug, "Old but loved", "First.");
    long middle = createPost(ana, slug, "Middle", "Second.");
    long fresh = createPost(ana, slug, "Fresh", "Third.");
    // Dated back a week: its votes cannot outweigh a week of age in "hot".
    jdbc.update(
        "update community_post set created_at = created_at - interval '7' day where id = ?", old);
    for (int i = 0; i < 3; i++) {
      vote(person("voter"), old, 1);
    }
    // Twice: with Reddit's log10, one vote (log10 1 = 0) ranks as none.
    vote(person("voter"), middle, 1);
    vote(person("voter"), middle, 1);

    assertThat(ids(slug, "new")).containsExactly(fresh, middle, old);
    assertThat(ids(slug, "top")).containsExactly(old, middle, fresh);
    assertThat(ids(slug, "hot")).containsExactly(middle, fresh, old);

    JsonNode first = getJson("/api/community/channels/" + slug + "/posts?sort=top&limit=2");
    assertThat(first.get("items").size()).isEqualTo(2);
    String next = first.get("next").asString();
    JsonNode second =
        getJson("/api/community/channels/" + slug + "/posts?sort=top&limit=2&cursor=" + next);
    assertThat(second.get("items").get(0).get("id").asLong()).isEqualTo(fresh);
    assertThat(second.get("next").isNull()).isTrue();
    mvc.perform(get("/api/community/channels/" + slug + "/posts?sort=new&cursor=" + next))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("cursor"));
    mvc.perform(get("/api/community/channels/" + slug + "/posts?sort=best"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("sort"));

    Document top = page(get("/community/" + slug + "?sort=top"));
    assertThat(top.select(".post-card-title").eachText())
        .containsExactly("Old but loved", "Middle", "Fresh");
    assertThat(top.select(".post-card .post-score").eachText())
        .containsExactly("3 points", "2 points", "0 points");
    assertThat(top.select("link[type=application/atom+xml]").attr("href"))
        .isEqualTo("/community/" + slug + "/feed");

    String feed =
        mvc.perform(get("/community/" + slug + "/feed"))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    Document atom = Jsoup.parse(feed, "", org.jsoup.parser.Parser.xmlParser());
    assertThat(atom.select("entry > title").eachText())
        .containsExactly("Fresh", "Middle", "Old but loved");
    assertThat(atom.select("entry > link").first().attr("href"))
        .isEqualTo("http://localhost/community/posts/" + fresh);
  }

  @Test
  void rendersMarkupInPostsAndCommentsInert() throws Exception {
    Person ana = person("ana");
    String attack =
        "Hi <script>alert(1)</script><img src=x onerror=alert(2)> [click](javascript:alert(3))"
            + " <a href=\"http://example.org\" onclick=\"alert(4)\">x</a> **bold**";
    long post = createPost(ana, "chat", "XSS <b>title</b>", attack);
    MvcResult commented =
        mvc.perform(
                api(
                    post("/api/community/posts/" + post + "/comments").cookie(ana.session()),
                    Map.of("body", attack)))
            .andExpect(status().isCreated())
            .andReturn();
    String bodyHtml =
        json.readTree(commented.getResponse().getContentAsString()).get("bodyHtml").asString();
    assertThat(Jsoup.parseBodyFragment(bodyHtml).select("script, img, [onclick]")).isEmpty();

    Document page = page(get("/community/posts/" + post));
    assertThat(page.select("h1.post-title").text()).isEqualTo("XSS <b>title</b>");
    for (String part : List.of(".post-body", ".comment-body")) {
      var html = page.select(part);
      assertThat(html.select("strong").text()).isEqualTo("bold");
      assertThat(html.select("script, img[onerror], [onclick]")).isEmpty();
      assertThat(html.select("a").eachAttr("href"))
          .noneMatch(href -> href.startsWith("javascript"));
    }
    assertThat(page.select("main script")).isEmpty();
  }

  @Test
  void refusesOversizedTextWithAProblemNamingTheField() throws Exception {
    Person ana = person("ana");
    String tenMegabytes = "a".repeat(10 * 1024 * 1024);
    mvc.perform(
            api(
                post("/api/community/channels/chat/posts").cookie(ana.session()),
                Map.of("title", "Huge", "body", tenMegabytes)))
        .andExpect(status().isContentTooLarge())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("1 MB")));
    mvc.perform(
            api(
                post("/api/community/channels/chat/posts").cookie(ana.session()),
                Map.of("title", "Long", "body", "a".repeat(40_001))))
        .andExpect(status().isContentTooLarge())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.field").value("body"))
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("40,000")));
    mvc.perform(
            api(
                post("/api/community/channels/chat/posts").cookie(ana.session()),
                Map.of("title", "t".repeat(301), "body", "")))
        .andExpect(status().isContentTooLarge())
        .andExpect(jsonPath("$.field").value("title"));
    mvc.perform(
            api(
                post("/api/community/channels/chat/posts").cookie(ana.session()),
                Map.of("title", "  ", "body", "text")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("title"));
    mvc.perform(
            post("/community/chat/posts")
                .cookie(ana.session())
                .with(csrf())
                .param("title", "Huge")
                .param("body", tenMegabytes))
        .andExpect(status().isContentTooLarge());
    long post = createPost(ana, "chat", "Fine", "Fine.");
    mvc.perform(
            api(
                post("/api/community/posts/" + post + "/comments").cookie(ana.session()),
                Map.of("body", "a".repeat(10_001))))
        .andExpect(status().isContentTooLarge())
        .andExpect(jsonPath("$.field").value("body"));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from community_post where title = 'Huge'", Integer.class))
        .isZero();
  }

  @Test
  void countsOneVotePerAccountThatItChangesOrWithdraws() throws Exception {
    Person ana = person("ana");
    Person ben = person("ben");
    long post = createPost(ana, "treatments", "Votes", "Vote on me.");
    assertThat(vote(ben, post, 1)).isEqualTo(1);
    assertThat(vote(ben, post, 1)).isEqualTo(1);
    assertThat(vote(ana, post, 1)).isEqualTo(2);
    assertThat(vote(ben, post, -1)).isZero();
    assertThat(vote(ben, post, 0)).isEqualTo(1);
    mvc.perform(
            api(
                post("/api/community/posts/" + post + "/vote").cookie(ben.session()),
                Map.of("value", 2)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("value"));
    mvc.perform(api(post("/api/community/posts/" + post + "/vote"), Map.of("value", 1)))
        .andExpect(status().isUnauthorized());

    mvc.perform(
            post("/community/posts/" + post + "/vote").cookie(ben.session()).param("value", "-1"))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/community/posts/" + post + "/vote")
                .cookie(ben.session())
                .with(csrf())
                .param("value", "-1"))
        .andExpect(redirectedUrl("/community/posts/" + post));
    Document page = page(get("/community/posts/" + post).cookie(ben.session()));
    assertThat(page.select(".post .post-score").text()).isEqualTo("0 points");
    assertThat(page.select(".post .vote-down.voted")).hasSize(1);
    // Pressed again, the down vote is withdrawn.
    assertThat(
            page.select(".post .vote-down").parents().select("input[name=value]").eachAttr("value"))
        .contains("0");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from community_post_vote where post_id = ?", Integer.class, post))
        .isEqualTo(2);
  }

  @Test
  void theAuthorEditsWithHistoryAndDeletesOthersAreRefused() throws Exception {
    Person ana = person("ana");
    Person ben = person("ben");
    long post = createPost(ana, "chat", "First title", "First body.");
    mvc.perform(
            api(
                put("/api/community/posts/" + post).cookie(ben.session()),
                Map.of("title", "Hijacked", "body", "x")))
        .andExpect(status().isForbidden());
    mvc.perform(get("/community/posts/" + post + "/edit").cookie(ben.session()))
        .andExpect(status().isForbidden());
    mvc.perform(api(put("/api/community/posts/" + post), Map.of("title", "Anonymous", "body", "x")))
        .andExpect(status().isUnauthorized());

    Document form = page(get("/community/posts/" + post + "/edit").cookie(ana.session()));
    assertThat(form.select("#post-title").attr("value")).isEqualTo("First title");
    assertThat(form.select("#post-form input[name=_csrf]")).hasSize(1);
    mvc.perform(
            post("/community/posts/" + post + "/edit")
                .cookie(ana.session())
                .with(csrf())
                .param("title", "Second title")
                .param("body", "Second body.")
                .param("studies", "/papers/" + paperId))
        .andExpect(redirectedUrl("/community/posts/" + post));
    Document page = page(get("/community/posts/" + post));
    assertThat(page.select("h1").text()).isEqualTo("Second title");
    assertThat(page.select(".post-meta").first().text()).contains("edited 1 time");
    assertThat(page.select(".study-card a").attr("href")).isEqualTo("/papers/" + paperId);
    assertThat(
            jdbc.queryForMap(
                "select old_title, old_body, editor_id from community_post_edit where post_id = ?",
                post))
        .containsEntry("OLD_TITLE", "First title")
        .containsEntry("OLD_BODY", "First body.")
        .containsEntry("EDITOR_ID", ana.id());

    mvc.perform(
            delete("/api/community/posts/" + post)
                .cookie(ben.session())
                .contentType(MediaType.APPLICATION_JSON))
        .andExpect(status().isForbidden());
    mvc.perform(post("/community/posts/" + post + "/delete").cookie(ana.session()).with(csrf()))
        .andExpect(redirectedUrl("/community/chat"));
    mvc.perform(get("/api/community/posts/" + post)).andExpect(status().isNotFound());
  }

  @Test
  void threadsRepliesUnderCommentsAndNotifiesWhoWasRepliedTo() throws Exception {
    Person ana = person("ana");
    Person ben = person("ben");
    long post = createPost(ana, "research", "Question", "What do you think?");
    MvcResult commented =
        mvc.perform(
                post("/community/posts/" + post + "/comments")
                    .cookie(ben.session())
                    .with(csrf())
                    .param("body", "I think *yes*."))
            .andExpect(redirectedUrlPattern("/community/posts/" + post + "#comment-*"))
            .andReturn();
    long comment =
        Long.parseLong(commented.getResponse().getRedirectedUrl().replaceFirst(".*comment-", ""));
    assertThat(notifications(ana))
        .containsExactly("/community/posts/" + post + "#comment-" + comment);
    assertThat(notifications(ben)).isEmpty();

    MvcResult replied =
        mvc.perform(
                api(
                    post("/api/community/posts/" + post + "/comments").cookie(ana.session()),
                    Map.of("body", "Why yes?", "parentId", comment)))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.parentId").value(comment))
            .andReturn();
    long reply = json.readTree(replied.getResponse().getContentAsString()).get("id").asLong();
    assertThat(notifications(ben))
        .containsExactly("/community/posts/" + post + "#comment-" + reply);

    Document page = page(get("/community/posts/" + post));
    assertThat(
            page.select(
                    "#comment-"
                        + comment
                        + " > .comment-tree > #comment-"
                        + reply
                        + " .comment-body")
                .text())
        .isEqualTo("Why yes?");
    assertThat(page.select("#comment-" + comment + " > .comment-body em").text()).isEqualTo("yes");
    JsonNode thread = getJson("/api/community/posts/" + post);
    assertThat(thread.get("comments").get(0).get("replies").get(0).get("id").asLong())
        .isEqualTo(reply);
    assertThat(thread.get("post").get("comments").asInt()).isEqualTo(2);

    mvc.perform(
            api(post("/api/community/posts/" + post + "/comments"), Map.of("body", "anonymous")))
        .andExpect(status().isUnauthorized());
    long other = createPost(ben, "chat", "Elsewhere", "");
    mvc.perform(
            api(
                post("/api/community/posts/" + other + "/comments").cookie(ana.session()),
                Map.of("body", "wrong thread", "parentId", comment)))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("parentId"));
  }

  @Test
  void opensAStudysDiscussionOnceFromThePaperPageAndListsPostsAboutIt() throws Exception {
    Person ana = person("ana");
    Document paper = page(get("/papers/" + paperId).cookie(ana.session()));
    assertThat(paper.select("form#open-discussion select[name=channel] option[selected]").val())
        .isEqualTo("research");
    assertThat(paper.select("form#open-discussion input[name=_csrf]")).hasSize(1);
    assertThat(page(get("/papers/" + paperId)).select("form#open-discussion")).isEmpty();

    String first =
        mvc.perform(post("/papers/" + paperId + "/discussion").cookie(ana.session()).with(csrf()))
            .andExpect(redirectedUrlPattern("/community/posts/*"))
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    Person ben = person("ben");
    mvc.perform(
            post("/papers/" + paperId + "/discussion")
                .cookie(ben.session())
                .with(csrf())
                .param("channel", "chat"))
        .andExpect(redirectedUrl(first));
    Document discussion = page(get(first));
    assertThat(discussion.select("h1").text()).isEqualTo("Discussion: " + paperTitle);
    assertThat(discussion.select(".eyebrow a").eachText()).contains("Research");
    assertThat(discussion.select(".study-card a").attr("href")).isEqualTo("/papers/" + paperId);

    String long_ =
        "Laser caps grew hair in this trial. "
            + "The effect was small but measurable after twenty-six weeks of use. "
            + "Then "
            + "x".repeat(200)
            + " and so on. The rest should not show.";
    long about = createPost(ben, "treatments", "Laser caps", long_, paperId);
    Document page = page(get("/papers/" + paperId));
    assertThat(page.select("#study-discussion").attr("href")).isEqualTo(first);
    var cards = page.select(".community-study .post-card");
    assertThat(cards.select(".post-card-title").eachAttr("href"))
        .contains("/community/posts/" + about, first);
    String gist = page.select("a[href=/community/posts/" + about + "] ~ .post-gist").text();
    assertThat(gist)
        .isEqualTo(
            "Laser caps grew hair in this trial. The effect was small but measurable after"
                + " twenty-six weeks of use.");

    JsonNode study = getJson("/api/papers/" + paperId + "/community");
    assertThat("/community/posts/" + study.get("discussion").asLong()).isEqualTo(first);
    assertThat(study.get("posts").size()).isEqualTo(2);
  }

  @Test
  void exportsAndOnDeletionAnonymisesPostsAndTakesVotesBack() throws Exception {
    Person ana = person("ana");
    Person ben = person("ben");
    long post = createPost(ana, "chat", "Staying", "Text.");
    long bens = createPost(ben, "chat", "Leaving", "Text.");
    vote(ben, post, 1);
    vote(ana, post, 1);
    mvc.perform(
            api(
                post("/api/community/posts/" + post + "/comments").cookie(ben.session()),
                Map.of("body", "bye")))
        .andExpect(status().isCreated());

    JsonNode export = getJson("/api/account/export", ben.session());
    assertThat(export.get("community").get("posts").get(0).get("id").asLong()).isEqualTo(bens);
    assertThat(export.get("community").get("comments").get(0).get("body").asString())
        .isEqualTo("bye");
    assertThat(export.get("community").get("postVotes").get(0).get("postId").asLong())
        .isEqualTo(post);

    mvc.perform(
            delete("/api/account")
                .cookie(ben.session())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("password", TestSignIn.PASSWORD))))
        .andExpect(status().isOk());
    JsonNode thread = getJson("/api/community/posts/" + post);
    assertThat(thread.get("post").get("score").asInt()).isEqualTo(1);
    assertThat(thread.get("comments").get(0).get("author").asString())
        .isEqualTo("a deleted account");
    assertThat(getJson("/api/community/posts/" + bens).get("post").get("author").asString())
        .isEqualTo("a deleted account");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from community_post_vote where account_id = ?",
                Integer.class,
                ben.id()))
        .isZero();
  }

  private List<Long> ids(String slug, String sort) throws Exception {
    JsonNode items =
        getJson("/api/community/channels/" + slug + "/posts?sort=" + sort).get("items");
    List<Long> ids = new java.util.ArrayList<>();
    items.forEach(item -> ids.add(item.get("id").asLong()));
    return ids;
  }

  private List<String> notifications(Person person) {
    return jdbc.queryForList(
        "select link from notification where account_id = ? and kind = 'community-reply'"
            + " order by id",
        String.class,
        person.id());
  }

  private String channel() throws Exception {
    String slug = unique("chan");
    mvc.perform(
            api(
                post("/api/community/channels").with(admin()),
                Map.of("slug", slug, "name", "Channel " + slug, "description", "For a test.")))
        .andExpect(status().isCreated());
    return slug;
  }

  private int vote(Person voter, long post, int value) throws Exception {
    MvcResult result =
        mvc.perform(
                api(
                    post("/api/community/posts/" + post + "/vote").cookie(voter.session()),
                    Map.of("value", value)))
            .andExpect(status().isOk())
            .andReturn();
    return json.readTree(result.getResponse().getContentAsString()).get("score").asInt();
  }

  private static org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
    return httpBasic("admin", "test-admin-token");
  }
}
