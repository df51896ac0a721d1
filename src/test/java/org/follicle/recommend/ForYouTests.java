package org.follicle.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.follicle.account.Accounts;
import org.follicle.account.TestSignIn;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.DerivedWork;
import org.follicle.catalog.Doi;
import org.follicle.catalog.PaperRecord;
import org.follicle.catalog.PartialDate;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Recommended for you": research related to what a reader saved, rated, claimed or discussed, each
 * saying why, never what they already have, on the home page, at /for-you and in the API.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ForYouTests {

  private static final AtomicInteger SERIAL = new AtomicInteger();

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired Accounts accounts;
  @Autowired Catalog catalog;
  @Autowired DerivedWork derivedWork;

  /** Two papers that two others cite together, so each recommends the other. */
  private record Pair(long first, long second) {}

  @Test
  void recommendationsFollowWhatTheReaderSavesAndRatesSayWhyAndLeaveOutWhatTheyHave()
      throws Exception {
    Pair saved = citedTogether("saved");
    Pair rated = citedTogether("rated");
    Cookie reader = signIn(reader("for-you"));

    JsonNode none = recommendations(reader);
    assertThat(none.get("basedOnInterests").asBoolean()).isFalse();
    assertThat(none.get("items")).isEmpty();

    mvc.perform(json(put("/api/papers/" + saved.first() + "/saved")).cookie(reader))
        .andExpect(status().isCreated());
    JsonNode afterSaving = recommendations(reader);
    assertThat(afterSaving.get("basedOnInterests").asBoolean()).isTrue();
    JsonNode because = because(afterSaving, saved.second(), saved.first());
    assertThat(because.get("interest").asString()).isEqualTo("you saved it");
    assertThat(because.get("title").asString()).startsWith("Saved first");
    assertThat(reasons(because)).contains("co_citation: cited together 2 times");
    assertThat(recommendedIds(afterSaving))
        .doesNotContain(saved.first())
        .doesNotContain(rated.second());

    mvc.perform(
            json(post("/api/papers/" + rated.first() + "/ratings"), Map.of("rating", 5))
                .cookie(reader))
        .andExpect(status().isCreated());
    JsonNode afterRating = recommendations(reader);
    assertThat(because(afterRating, rated.second(), rated.first()).get("interest").asString())
        .isEqualTo("you rated it 5★");
    assertThat(recommendedIds(afterRating)).contains(saved.second());

    mvc.perform(
            json(post("/api/papers/" + saved.second() + "/ratings"), Map.of("rating", 2))
                .cookie(reader))
        .andExpect(status().isCreated());
    assertThat(recommendedIds(recommendations(reader)))
        .as("a paper the reader rated is not recommended to them again")
        .doesNotContain(saved.second())
        .contains(rated.second());
  }

  @Test
  void papersTheReaderClaimedOrDiscussedSeedRecommendationsToo() throws Exception {
    Pair claimed = citedTogether("claimed");
    Pair discussed = citedTogether("discussed");
    Cookie reader = signIn(reader("author"));

    mvc.perform(
            json(post("/api/papers/" + claimed.first() + "/claims"), Map.of("authorPosition", 1))
                .cookie(reader))
        .andExpect(status().isCreated());
    mvc.perform(
            json(
                    post("/api/papers/" + discussed.first() + "/discussion"),
                    Map.of("channel", "research"))
                .cookie(reader))
        .andExpect(status().isCreated());

    JsonNode recommendations = recommendations(reader);
    assertThat(
            because(recommendations, claimed.second(), claimed.first()).get("interest").asString())
        .isEqualTo("you claimed it");
    assertThat(
            because(recommendations, discussed.second(), discussed.first())
                .get("interest")
                .asString())
        .isEqualTo("you discussed it");
    assertThat(recommendedIds(recommendations)).doesNotContain(claimed.first(), discussed.first());
  }

  @Test
  void theHomePageAndTheForYouPageShowTheCardsWithTheirReasons() throws Exception {
    Pair pair = citedTogether("home");
    Cookie reader = signIn(reader("home-reader"));
    mvc.perform(json(put("/api/papers/" + pair.first() + "/saved")).cookie(reader))
        .andExpect(status().isCreated());

    mvc.perform(get("/for-you").cookie(reader))
        .andExpect(header().string("Cache-Control", "no-store"));
    Document forYou = page(get("/for-you").cookie(reader));
    var card =
        forYou.select(".for-you-card").stream()
            .filter(c -> !c.select("a[href=/papers/" + pair.second() + "]").isEmpty())
            .findFirst()
            .orElseThrow();
    assertThat(card.select(".for-you-because > li").first().text())
        .startsWith("Because of “Home first")
        .contains("(you saved it)")
        .contains("cited together 2 times");
    assertThat(
            forYou.select(".for-you-card a[href=/papers/" + pair.first() + "]").stream()
                .filter(a -> a.parents().hasClass("paper-title"))
                .toList())
        .as("the saved paper itself is not recommended")
        .isEmpty();

    Document home = page(get("/").cookie(reader));
    assertThat(home.select(".for-you-home h2").text()).isEqualTo("Recommended for you");
    assertThat(home.select(".for-you-home .for-you-card")).hasSizeBetween(1, 3);
    assertThat(home.select(".for-you-home a[href=/for-you]")).hasSize(1);
  }

  @Test
  void aReaderWithNoInterestsIsToldHowToGetRecommendations() throws Exception {
    Cookie reader = signIn(reader("newcomer"));
    Document home = page(get("/").cookie(reader));
    assertThat(home.select(".for-you-home .for-you-empty").text())
        .contains("You have none yet")
        .contains("Rate a study")
        .contains("Save a study");
    assertThat(home.select(".for-you-card")).isEmpty();
    assertThat(page(get("/for-you").cookie(reader)).select(".for-you-empty").text())
        .contains("Discuss a study");
    assertThat(page(get("/")).select(".for-you-home")).as("visitors see no block").isEmpty();
  }

  @Test
  void anonymousApiUsersAreRefusedWith401AndThePageAsksThemToSignIn() throws Exception {
    mvc.perform(get("/api/me/recommendations"))
        .andExpect(status().isUnauthorized())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    assertThat(page(get("/for-you")).select(".for-you-empty a[href=/signin]").text())
        .isEqualTo("Sign in to see yours.");
    Cookie reader = signIn(reader("limits"));
    mvc.perform(get("/api/me/recommendations").param("limit", "51").cookie(reader))
        .andExpect(status().isBadRequest());
  }

  private Pair citedTogether(String label) throws InterruptedException {
    String run = label + "." + Long.toString(System.nanoTime(), 36) + SERIAL.incrementAndGet();
    String first = "10.9997/first." + run;
    String second = "10.9997/second." + run;
    String name = Character.toUpperCase(label.charAt(0)) + label.substring(1);
    catalog.upsertAll(
        List.of(
            paper(name + " first " + run, first)
                .author(new PaperRecord.Author("Lima", "Ana", null, null, null))
                .build(),
            paper(name + " second " + run, second).build(),
            paper(name + " citing one " + run, "10.9997/c1." + run)
                .reference(ref(first))
                .reference(ref(second))
                .build(),
            paper(name + " citing two " + run, "10.9997/c2." + run)
                .reference(ref(first))
                .reference(ref(second))
                .build()));
    derivedWork.await(Duration.ofMinutes(5));
    return new Pair(id(first), id(second));
  }

  private JsonNode recommendations(Cookie reader) throws Exception {
    return json.readTree(
        mvc.perform(get("/api/me/recommendations").param("limit", "50").cookie(reader))
            .andExpect(status().isOk())
            .andExpect(header().string("Cache-Control", Matchers.containsString("no-store")))
            .andReturn()
            .getResponse()
            .getContentAsString());
  }

  /** Why the paper is recommended, because of the reader's seed paper. */
  private static JsonNode because(JsonNode recommendations, long paperId, long seedId) {
    for (JsonNode item : recommendations.get("items")) {
      if (item.get("paper").get("id").asLong() == paperId) {
        for (JsonNode because : item.get("because")) {
          if (because.get("paperId").asLong() == seedId) {
            return because;
          }
        }
      }
    }
    throw new AssertionError(
        "paper %d is not recommended because of %d: %s"
            .formatted(paperId, seedId, recommendations));
  }

  private static List<String> reasons(JsonNode because) {
    List<String> reasons = new ArrayList<>();
    because
        .get("reasons")
        .forEach(r -> reasons.add(r.get("signal").asString() + ": " + r.get("text").asString()));
    return reasons;
  }

  private static List<Long> recommendedIds(JsonNode recommendations) {
    List<Long> ids = new ArrayList<>();
    recommendations.get("items").forEach(item -> ids.add(item.get("paper").get("id").asLong()));
    return ids;
  }

  private long id(String doi) {
    return catalog.idByDoi(Doi.parse(doi)).orElseThrow();
  }

  private static PaperRecord.Builder paper(String title, String doi) {
    return PaperRecord.builder().title(title).doi(Doi.parse(doi)).date(PartialDate.ofYear(2020));
  }

  private static PaperRecord.Reference ref(String doi) {
    return new PaperRecord.Reference(doi, Doi.parse(doi), null, null, null, null, null, null);
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
}
