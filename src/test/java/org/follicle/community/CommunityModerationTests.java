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

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.follicle.account.Role;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.DerivedWork;
import org.follicle.catalog.Doi;
import org.follicle.catalog.PaperRecord;
import org.hamcrest.Matchers;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import tools.jackson.databind.JsonNode;

/**
 * Community moderation on the pages and through the API: flags fill the queue, a removal hides an
 * item from everyone but its author (who reads why and is told), bans stop taking part, every
 * action is logged, and a post's edits can be read version by version.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CommunityModerationTests extends CommunityHttpTests {

  @Autowired Catalog catalog;
  @Autowired DerivedWork derivedWork;

  private long paperId;
  private String channel;

  @BeforeEach
  void storeAPaperAndAChannel() throws Exception {
    String doi = "10.5555/moderation-" + unique("paper");
    catalog.upsert(
        PaperRecord.builder()
            .title("Topical minoxidil in women: " + doi)
            .doi(Doi.parse(doi))
            .author(new PaperRecord.Author("Lima", "Ana", null, null, "Clinic of Hair, Porto."))
            .build());
    paperId = catalog.idByDoi(Doi.parse(doi)).orElseThrow();
    channel = unique("mod");
    Person admin = person("admin", Role.ADMIN);
    mvc.perform(
            api(
                post("/api/community/channels").cookie(admin.session()),
                Map.of("slug", channel, "name", "Channel " + channel, "description", "Tests.")))
        .andExpect(status().isCreated());
  }

  @Test
  void aFlaggedPostRemovedWithAReasonVanishesForOthersButItsAuthorReadsWhy() throws Exception {
    Person ana = person("ana");
    Person ben = person("ben");
    Person carl = person("carl");
    Person mod = person("mod", Role.MODERATOR);
    long post = createPost(ana, "Buy cheap pills", "Visit my shop.", paperId);

    mvc.perform(
            api(
                post("/api/community/posts/" + post + "/flags").cookie(ben.session()),
                Map.of("reason", "spam", "note", "An advert")))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", "/api/community/posts/" + post + "/flag"))
        .andExpect(jsonPath("$.reason").value("spam"));
    mvc.perform(
            post("/community/posts/" + post + "/flag")
                .cookie(carl.session())
                .with(csrf())
                .param("reason", "misinformation"))
        .andExpect(redirectedUrl("/community/posts/" + post));
    mvc.perform(
            api(
                post("/api/community/posts/" + post + "/flags").cookie(ben.session()),
                Map.of("reason", "harassment")))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("flagged post")));
    mvc.perform(
            api(
                post("/api/community/posts/" + post + "/flags").cookie(ana.session()),
                Map.of("reason", "spam")))
        .andExpect(status().isBadRequest());
    mvc.perform(
            api(
                post("/api/community/posts/" + post + "/flags").cookie(carl.session()),
                Map.of("reason", "boring")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("reason"))
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("off-topic")));
    assertThat(
            getJson("/api/community/posts/" + post + "/flag", ben.session()).get("note").asString())
        .isEqualTo("An advert");
    JsonNode export = getJson("/api/account/export", ben.session()).get("communityModeration");
    assertThat(export.get("postFlags").get(0).get("postId").asLong()).isEqualTo(post);
    assertThat(export.get("postFlags").get(0).get("reason").asString()).isEqualTo("spam");

    JsonNode queued = queueEntry(mod, "post", post);
    assertThat(queued.get("flagCount").asInt()).isEqualTo(2);
    assertThat(strings(queued.get("flags"), "reason")).containsExactly("spam", "misinformation");
    Document queue = page(get("/moderation/community").cookie(mod.session()));
    assertThat(queue.select("#post-" + post + " .queue-flags").text())
        .contains("Spam", "An advert", "Misinformation", ben.name());
    assertThat(queue.select("#post-" + post + " form input[name=_csrf]")).isNotEmpty();

    mvc.perform(
            post("/moderation/community/posts/" + post + "/remove")
                .cookie(mod.session())
                .with(csrf())
                .param("reason", "Advertising is not allowed"))
        .andExpect(redirectedUrl("/moderation/community"));

    assertThat(postIds(channel)).doesNotContain(post);
    assertThat(page(get("/community/" + channel)).select("a[href=/community/posts/" + post + "]"))
        .isEmpty();
    assertThat(feed(channel)).doesNotContain("Buy cheap pills");
    assertThat(page(get("/papers/" + paperId)).select("a[href=/community/posts/" + post + "]"))
        .isEmpty();
    assertThat(getJson("/api/papers/" + paperId + "/community").get("posts").size()).isZero();
    assertThat(
            page(get("/community"))
                .select("a[href=/community/" + channel + "] ~ .channel-count")
                .text())
        .isEqualTo("0 posts");
    mvc.perform(get("/api/community/posts/" + post)).andExpect(status().isNotFound());
    mvc.perform(get("/api/community/posts/" + post).cookie(ben.session()))
        .andExpect(status().isNotFound())
        .andExpect(jsonPath("$.detail").value("Post " + post + " was removed by a moderator"));
    mvc.perform(get("/community/posts/" + post).cookie(ben.session()))
        .andExpect(status().isNotFound());
    mvc.perform(
            api(
                post("/api/community/posts/" + post + "/comments").cookie(ben.session()),
                Map.of("body", "Still here?")))
        .andExpect(status().isNotFound());

    JsonNode own = getJson("/api/community/posts/" + post, ana.session());
    assertThat(own.get("removal").get("reason").asString()).isEqualTo("Advertising is not allowed");
    assertThat(own.get("removal").get("moderator").asString()).isEqualTo(mod.name());
    Document ownPage = page(get("/community/posts/" + post).cookie(ana.session()));
    assertThat(ownPage.select(".removal-notice").text())
        .contains("A moderator removed this post.", "Advertising is not allowed");
    assertThat(notifications(ana, "community-moderation"))
        .containsExactly("/community/posts/" + post);
    assertThat(
            jdbc.queryForObject(
                "select title from notification where account_id = ? and kind = ?",
                String.class,
                ana.id(),
                "community-moderation"))
        .contains("Buy cheap pills", "Advertising is not allowed");
    assertThat(queueIds(mod)).doesNotContain("post-" + post);

    JsonNode logged = logEntry(mod, "post", post, "remove");
    assertThat(logged.get("moderator").asString()).isEqualTo(mod.name());
    assertThat(logged.get("reason").asString()).isEqualTo("Advertising is not allowed");
    assertThat(logged.get("targetLabel").asString()).isEqualTo("Buy cheap pills");

    mvc.perform(
            api(
                post("/api/moderation/community/posts/" + post + "/restore").cookie(mod.session()),
                Map.of("reason", "Appealed: it was a joke")))
        .andExpect(status().isNoContent());
    assertThat(postIds(channel)).contains(post);
    assertThat(getJson("/api/community/posts/" + post, ben.session()).get("removal").isNull())
        .isTrue();
    assertThat(logEntry(mod, "post", post, "restore").get("reason").asString())
        .isEqualTo("Appealed: it was a joke");
    mvc.perform(
            api(
                post("/api/moderation/community/posts/" + post + "/restore").cookie(mod.session()),
                Map.of()))
        .andExpect(status().isConflict());
    // Its flags were acted on: the same readers cannot raise them again.
    mvc.perform(
            api(
                post("/api/community/posts/" + post + "/flags").cookie(ben.session()),
                Map.of("reason", "spam")))
        .andExpect(status().isConflict());
  }

  @Test
  void aRemovedPostLeavesPostSearchUntilItIsRestored() throws Exception {
    Person ana = person("ana");
    Person mod = person("mod", Role.MODERATOR);
    String word = "quillabrix" + unique("w").replaceAll("[^a-z0-9]", "");
    long post = createPost(ana, "My " + word + " routine", "Every morning.");
    derivedWork.await(Duration.ofMinutes(5));
    assertThat(searchHits(word)).containsExactly(post);

    remove(mod, post, "Advertising is not allowed");
    derivedWork.await(Duration.ofMinutes(5));
    assertThat(searchHits(word)).isEmpty();

    mvc.perform(
            api(
                post("/api/moderation/community/posts/" + post + "/restore").cookie(mod.session()),
                Map.of("reason", "Appealed")))
        .andExpect(status().isNoContent());
    derivedWork.await(Duration.ofMinutes(5));
    assertThat(searchHits(word)).containsExactly(post);
  }

  private List<Long> searchHits(String word) throws Exception {
    List<Long> ids = new ArrayList<>();
    getJson("/api/community/search?q=" + word)
        .get("items")
        .forEach(item -> ids.add(item.get("post").get("id").asLong()));
    return ids;
  }

  @Test
  void removingAStudysDiscussionLetsItsPaperPageOpenANewOne() throws Exception {
    Person ana = person("ana");
    Person ben = person("ben");
    Person mod = person("mod", Role.MODERATOR);
    String first =
        mvc.perform(post("/papers/" + paperId + "/discussion").cookie(ana.session()).with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    long removed = Long.parseLong(first.replace("/community/posts/", ""));
    remove(mod, removed, "Off-topic rant");

    Document paper = page(get("/papers/" + paperId).cookie(ben.session()));
    assertThat(paper.select("#study-discussion")).isEmpty();
    assertThat(paper.select("form#open-discussion")).hasSize(1);
    String second =
        mvc.perform(post("/papers/" + paperId + "/discussion").cookie(ben.session()).with(csrf()))
            .andExpect(status().is3xxRedirection())
            .andReturn()
            .getResponse()
            .getRedirectedUrl();
    assertThat(second).isNotEqualTo(first);

    mvc.perform(
            api(
                post("/api/moderation/community/posts/" + removed + "/restore")
                    .cookie(mod.session()),
                Map.of()))
        .andExpect(status().isNoContent());
    assertThat(
            "/community/posts/"
                + getJson("/api/papers/" + paperId + "/community").get("discussion").asLong())
        .isEqualTo(second);
    // Restored, it is back for everyone, as an ordinary post of its channel.
    assertThat(channelOf(removed)).isEqualTo("research");
  }

  @Test
  void aRemovedCommentKeepsItsPlaceInTheThreadAndItsAuthorReadsWhy() throws Exception {
    Person ana = person("ana");
    Person ben = person("ben");
    Person mod = person("mod", Role.MODERATOR);
    long post = createPost(ana, "Question", "What worked for you?");
    long rude = comment(ben, post, null, "You are an idiot.");
    long reply = comment(ana, post, rude, "Please be kind.");
    mvc.perform(
            post("/community/comments/" + rude + "/flag")
                .cookie(ana.session())
                .with(csrf())
                .param("reason", "harassment")
                .param("note", "Insult"))
        .andExpect(redirectedUrl("/community/posts/" + post + "#comment-" + rude));
    assertThat(queueEntry(mod, "comment", rude).get("link").asString())
        .isEqualTo("/community/posts/" + post + "#comment-" + rude);

    mvc.perform(
            api(
                post("/api/moderation/community/comments/" + rude + "/remove")
                    .cookie(mod.session()),
                Map.of("reason", "Insults are not allowed")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.reason").value("Insults are not allowed"));

    Document others = page(get("/community/posts/" + post).cookie(ana.session()));
    assertThat(others.select("#comment-" + rude + " > .comment-body").text())
        .isEqualTo("[removed by a moderator]");
    assertThat(others.select("#comment-" + rude + " .removal-notice")).isEmpty();
    assertThat(
            others
                .select(
                    "#comment-" + rude + " > .comment-tree > #comment-" + reply + " .comment-body")
                .text())
        .isEqualTo("Please be kind.");
    JsonNode thread = getJson("/api/community/posts/" + post);
    assertThat(thread.get("comments").get(0).get("body").asString())
        .isEqualTo("[removed by a moderator]");
    assertThat(thread.get("removedComments").get(0).get("id").asLong()).isEqualTo(rude);
    assertThat(thread.get("removedComments").get(0).get("removal").get("reason").isNull()).isTrue();
    assertThat(getJson("/api/community/posts/" + post + "/comments/" + rude).get("body").asString())
        .isEqualTo("[removed by a moderator]");

    Document own = page(get("/community/posts/" + post).cookie(ben.session()));
    assertThat(own.select("#comment-" + rude + " > .comment-body").text())
        .isEqualTo("You are an idiot.");
    assertThat(own.select("#comment-" + rude + " > .removal-notice").text())
        .contains("A moderator removed this comment.", "Insults are not allowed");
    assertThat(notifications(ben, "community-moderation"))
        .containsExactly("/community/posts/" + post + "#comment-" + rude);
    Document moderator = page(get("/community/posts/" + post).cookie(mod.session()));
    assertThat(moderator.select("#comment-" + rude + " .moderate form").attr("action"))
        .isEqualTo("/moderation/community/comments/" + rude + "/restore");
    assertThat(logEntry(mod, "comment", rude, "remove").get("postId").asLong()).isEqualTo(post);
  }

  @Test
  void aBannedAccountIsRefusedPostingCommentingAndVotingUntilTheBanIsLifted() throws Exception {
    Person ana = person("ana");
    Person ben = person("ben");
    Person mod = person("mod", Role.MODERATOR);
    long post = createPost(ana, "Open thread", "Say hello.");
    String until = LocalDate.now(ZoneOffset.UTC).plusDays(7).toString();

    mvc.perform(
            api(
                post("/api/moderation/community/bans").cookie(mod.session()),
                Map.of("accountId", ben.id(), "reason", "Repeated spam", "until", until)))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", "/api/moderation/community/bans/" + ben.id()))
        .andExpect(jsonPath("$.accountName").value(ben.name()));
    assertThat(notifications(ben, "community-ban")).containsExactly("/community");

    for (RequestBuilder write :
        List.of(
            api(
                post("/api/community/channels/" + channel + "/posts").cookie(ben.session()),
                Map.of("title", "Hi", "body", "again")),
            api(
                post("/api/community/posts/" + post + "/comments").cookie(ben.session()),
                Map.of("body", "spam")),
            api(
                post("/api/community/posts/" + post + "/vote").cookie(ben.session()),
                Map.of("value", 1)))) {
      mvc.perform(write)
          .andExpect(status().isForbidden())
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
          .andExpect(
              jsonPath("$.detail")
                  .value(
                      Matchers.allOf(
                          Matchers.containsString("banned from the community until " + until),
                          Matchers.containsString("Repeated spam"))));
    }
    MvcResult pageRefusal =
        mvc.perform(
                post("/community/posts/" + post + "/comments")
                    .cookie(ben.session())
                    .with(csrf())
                    .param("body", "spam"))
            .andExpect(status().isForbidden())
            .andReturn();
    assertThat(pageRefusal.getResponse().getErrorMessage()).contains("Repeated spam");
    mvc.perform(get("/community/" + channel + "/new").cookie(ben.session()))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/community/posts/" + post + "/vote")
                .cookie(ben.session())
                .with(csrf())
                .param("value", "1"))
        .andExpect(status().isForbidden());
    assertThat(
            getJson("/api/community/posts/" + post, ben.session())
                .get("post")
                .get("title")
                .asString())
        .isEqualTo("Open thread");

    Document bans = page(get("/moderation/community/bans").cookie(mod.session()));
    assertThat(bans.select("#ban-" + ben.id()).text()).contains(ben.name(), "Repeated spam");
    mvc.perform(
            post("/moderation/community/bans/" + ben.id() + "/lift")
                .cookie(mod.session())
                .with(csrf())
                .param("reason", "Promised to stop"))
        .andExpect(redirectedUrl("/moderation/community/bans"));
    mvc.perform(get("/api/moderation/community/bans/" + ben.id()).cookie(mod.session()))
        .andExpect(status().isNotFound());
    mvc.perform(
            api(
                post("/api/community/posts/" + post + "/vote").cookie(ben.session()),
                Map.of("value", 1)))
        .andExpect(status().isOk());
    assertThat(logEntry(mod, "account", ben.id(), "ban").get("reason").asString())
        .isEqualTo("Repeated spam (until " + until + ")");
    assertThat(logEntry(mod, "account", ben.id(), "unban").get("reason").asString())
        .isEqualTo("Promised to stop");

    mvc.perform(
            api(
                post("/api/moderation/community/bans").cookie(mod.session()),
                Map.of("accountId", ben.id(), "reason", "Late", "until", "2020-01-01")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("until"));
    mvc.perform(
            api(
                post("/api/moderation/community/bans").cookie(mod.session()),
                Map.of("accountId", ben.id(), "reason", " ")))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("reason"));

    // Banned until lifted through the API, then lifted through it.
    mvc.perform(
            api(
                post("/api/moderation/community/bans").cookie(mod.session()),
                Map.of("accountId", ben.id(), "reason", "Again")))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.endsAt").isEmpty());
    assertThat(getJson("/api/moderation/community/bans", mod.session()).toString())
        .contains("\"accountId\":" + ben.id());
    mvc.perform(
            api(
                post("/api/community/posts/" + post + "/vote").cookie(ben.session()),
                Map.of("value", -1)))
        .andExpect(status().isForbidden())
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("until a moderator lifts")));
    mvc.perform(
            delete("/api/moderation/community/bans/" + ben.id())
                .cookie(mod.session())
                .contentType(MediaType.APPLICATION_JSON))
        .andExpect(status().isNoContent());
    mvc.perform(
            delete("/api/moderation/community/bans/" + ben.id())
                .cookie(mod.session())
                .contentType(MediaType.APPLICATION_JSON))
        .andExpect(status().isNotFound());
  }

  @Test
  void readersAreRefusedTheModerationPagesAndActions() throws Exception {
    Person ana = person("ana");
    long post = createPost(ana, "Mine", "Text.");
    for (String path :
        List.of(
            "/moderation/community",
            "/moderation/community/bans",
            "/moderation/community/log",
            "/api/moderation/community/queue",
            "/api/moderation/community/bans",
            "/api/moderation/community/log")) {
      mvc.perform(get(path).cookie(ana.session())).andExpect(status().isForbidden());
    }
    mvc.perform(get("/api/moderation/community/queue")).andExpect(status().isUnauthorized());
    mvc.perform(
            api(
                post("/api/moderation/community/posts/" + post + "/remove").cookie(ana.session()),
                Map.of("reason", "mine")))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/moderation/community/posts/" + post + "/remove")
                .cookie(ana.session())
                .with(csrf())
                .param("reason", "mine"))
        .andExpect(status().isForbidden());
    mvc.perform(
            api(
                post("/api/moderation/community/bans").cookie(ana.session()),
                Map.of("accountId", ana.id(), "reason", "x")))
        .andExpect(status().isForbidden());
    assertThat(postIds(channel)).contains(post);
    mvc.perform(get("/v3/api-docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.paths['/api/moderation/community/queue'].get").exists())
        .andExpect(jsonPath("$.paths['/api/community/posts/{id}/history'].get").exists());
  }

  @Test
  void theQueueListsTheMostFlaggedFirstAndPagesByCursor() throws Exception {
    Person ana = person("ana");
    Person mod = person("mod", Role.MODERATOR);
    long once = createPost(ana, "Flagged once", "Text.");
    long thrice = createPost(ana, "Flagged thrice", "Text.");
    flag(person("f"), once);
    for (int i = 0; i < 3; i++) {
      flag(person("f"), thrice);
    }
    List<String> order = queueIds(mod);
    assertThat(order.indexOf("post-" + thrice)).isLessThan(order.indexOf("post-" + once));
    assertThat(order.indexOf("post-" + once)).isNotNegative();
    mvc.perform(get("/api/moderation/community/queue?cursor=nonsense").cookie(mod.session()))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("cursor"));

    mvc.perform(
            api(
                post("/api/moderation/community/posts/" + once + "/dismiss").cookie(mod.session()),
                Map.of("reason", "Fine as it is")))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.flagsDismissed").value(1));
    assertThat(queueIds(mod)).doesNotContain("post-" + once).contains("post-" + thrice);
    assertThat(postIds(channel)).contains(once);
    assertThat(logEntry(mod, "post", once, "dismiss").get("reason").asString())
        .isEqualTo("Fine as it is");
  }

  @Test
  void theLogPagesNewestFirstByCursor() throws Exception {
    Person ana = person("ana");
    Person mod = person("mod", Role.MODERATOR);
    long first = createPost(ana, "First removed", "x");
    long second = createPost(ana, "Second removed", "x");
    remove(mod, first, "one");
    remove(mod, second, "two");
    MvcResult newest =
        mvc.perform(get("/api/moderation/community/log?limit=1").cookie(mod.session()))
            .andExpect(status().isOk())
            .andExpect(header().string("Link", Matchers.containsString("rel=\"next\"")))
            .andReturn();
    JsonNode page = json.readTree(newest.getResponse().getContentAsString());
    assertThat(page.get("items").get(0).get("targetId").asLong()).isEqualTo(second);
    JsonNode older =
        getJson(
            "/api/moderation/community/log?limit=1&cursor=" + page.get("next").asString(),
            mod.session());
    assertThat(older.get("items").get(0).get("targetId").asLong()).isEqualTo(first);
    Document log = page(get("/moderation/community/log").cookie(mod.session()));
    assertThat(log.select(".log-entry").first().text())
        .contains(mod.name(), "removed post " + second, "Second removed", "two");
  }

  @Test
  void aPostsHistoryShowsEachVersionWithWhoWhenAndTheWordsChanged() throws Exception {
    Person ana = person("ana");
    long post = createPost(ana, "Minoxidil at month one", "Shedding started early.");
    edit(ana, post, "Minoxidil at month three", "Shedding stopped and regrowth started.");
    edit(ana, post, "Minoxidil at month three", "Shedding stopped and thick regrowth started.");

    Document postPage = page(get("/community/posts/" + post));
    assertThat(postPage.select("a.post-history").attr("href"))
        .isEqualTo("/community/posts/" + post + "/history");
    assertThat(postPage.select("a.post-history").text()).isEqualTo("edited 2 times");

    Document history = page(get("/community/posts/" + post + "/history"));
    var versions = history.select(".post-version");
    assertThat(versions).hasSize(3);
    assertThat(versions.get(0).select(".post-meta").text())
        .startsWith("Version 3 · edited by " + ana.name());
    assertThat(versions.get(0).select(".post-version-body ins").eachText())
        .containsExactly("thick");
    assertThat(versions.get(1).select(".post-version-title del").eachText()).containsExactly("one");
    assertThat(versions.get(1).select(".post-version-title ins").eachText())
        .containsExactly("three");
    assertThat(versions.get(1).select(".post-version-body del").eachText())
        .containsExactly("started early.");
    assertThat(versions.get(2).select(".post-meta").text()).startsWith("Version 1 · posted by");
    assertThat(versions.get(2).select("del, ins")).isEmpty();

    JsonNode api = getJson("/api/community/posts/" + post + "/history");
    assertThat(strings(api.get("versions"), "title"))
        .containsExactly(
            "Minoxidil at month three", "Minoxidil at month three", "Minoxidil at month one");
    assertThat(api.get("versions").get(0).get("bodyChanges").toString())
        .contains("{\"change\":\"added\",\"text\":\"thick\"}");

    remove(person("mod", Role.MODERATOR), post, "Medical claims without a source");
    mvc.perform(get("/community/posts/" + post + "/history")).andExpect(status().isNotFound());
    assertThat(
            page(get("/community/posts/" + post + "/history").cookie(ana.session()))
                .select(".post-version"))
        .hasSize(3);
  }

  private void flag(Person reader, long post) throws Exception {
    mvc.perform(
            api(
                post("/api/community/posts/" + post + "/flags").cookie(reader.session()),
                Map.of("reason", "off-topic")))
        .andExpect(status().isCreated());
  }

  private void remove(Person mod, long post, String reason) throws Exception {
    mvc.perform(
            api(
                post("/api/moderation/community/posts/" + post + "/remove").cookie(mod.session()),
                Map.of("reason", reason)))
        .andExpect(status().isOk());
  }

  private void edit(Person author, long post, String title, String body) throws Exception {
    mvc.perform(
            api(
                put("/api/community/posts/" + post).cookie(author.session()),
                Map.of("title", title, "body", body)))
        .andExpect(status().isOk());
  }

  private long comment(Person author, long post, Long parent, String body) throws Exception {
    Map<String, Object> input = new java.util.HashMap<>(Map.of("body", body));
    if (parent != null) {
      input.put("parentId", parent);
    }
    MvcResult result =
        mvc.perform(
                api(
                    post("/api/community/posts/" + post + "/comments").cookie(author.session()),
                    input))
            .andExpect(status().isCreated())
            .andReturn();
    return json.readTree(result.getResponse().getContentAsString()).get("id").asLong();
  }

  /** The whole queue, page after page, as "kind-id" in its order. */
  private List<String> queueIds(Person mod) throws Exception {
    List<String> ids = new ArrayList<>();
    String cursor = "";
    do {
      JsonNode page =
          getJson("/api/moderation/community/queue?limit=2&cursor=" + cursor, mod.session());
      page.get("items")
          .forEach(item -> ids.add(item.get("kind").asString() + "-" + item.get("id").asLong()));
      cursor = page.get("next").isNull() ? null : page.get("next").asString();
    } while (cursor != null);
    return ids;
  }

  private JsonNode queueEntry(Person mod, String kind, long id) throws Exception {
    JsonNode items =
        getJson("/api/moderation/community/queue?limit=100", mod.session()).get("items");
    for (JsonNode item : items) {
      if (item.get("kind").asString().equals(kind) && item.get("id").asLong() == id) {
        return item;
      }
    }
    throw new AssertionError(kind + " " + id + " is not in the queue: " + items);
  }

  private JsonNode logEntry(Person mod, String kind, long id, String action) throws Exception {
    JsonNode items = getJson("/api/moderation/community/log?limit=200", mod.session()).get("items");
    for (JsonNode item : items) {
      if (item.get("targetKind").asString().equals(kind)
          && item.get("targetId").asLong() == id
          && item.get("action").asString().equals(action)) {
        return item;
      }
    }
    throw new AssertionError(action + " of " + kind + " " + id + " is not logged: " + items);
  }

  private static List<String> strings(JsonNode array, String field) {
    List<String> values = new ArrayList<>();
    array.forEach(item -> values.add(item.get(field).asString()));
    return values;
  }

  private String channelOf(long post) throws Exception {
    return getJson("/api/community/posts/" + post).get("post").get("channel").asString();
  }

  private List<Long> postIds(String slug) throws Exception {
    List<Long> ids = new ArrayList<>();
    getJson("/api/community/channels/" + slug + "/posts?sort=new&limit=100")
        .get("items")
        .forEach(item -> ids.add(item.get("id").asLong()));
    return ids;
  }

  private String feed(String slug) throws Exception {
    return mvc.perform(get("/community/" + slug + "/feed"))
        .andExpect(status().isOk())
        .andReturn()
        .getResponse()
        .getContentAsString(StandardCharsets.UTF_8);
  }

  private long createPost(Person author, String title, String body, Long... studies)
      throws Exception {
    return createPost(author, channel, title, body, studies);
  }
}
