package org.follicle.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.follicle.account.Accounts;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.DerivedWork;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Rating and reviewing papers on the paper page and through the API, by several readers. */
@SpringBootTest
@AutoConfigureMockMvc
class ReviewTests {

  /** Filter-evasion vectors from the OWASP XSS cheat sheet, some encoded, and break-outs. */
  static final List<String> XSS_VECTORS =
      List.of(
          "<script>alert('XSS')</script>",
          "<IMG SRC=\"javascript:alert('XSS');\">",
          "<IMG SRC=javascript:alert('XSS')>",
          "<img src=x onerror=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114"
              + "&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116"
              + "&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041\">",
          "<svg/onload=alert('XSS')>",
          "<a href=\"javascript:alert(1)\">click</a>",
          "[click](javascript:alert(1))",
          "[encoded](&#106;avascript:alert(1))",
          "[tab](java\tscript:alert(1))",
          "<a href=\"&#x6A;avascript:alert(1)\">hex</a>",
          "<IFRAME SRC=\"javascript:alert('XSS');\"></IFRAME>",
          "\"><script>alert(1)</script>",
          "'><img src=x onerror=alert(1)>",
          "<STYLE>@import'http://xss.rocks/xss.css';</STYLE>",
          "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert('XSS');\">",
          "<DIV STYLE=\"background-image: url(javascript:alert('XSS'))\">",
          "</textarea><script>alert(1)</script>",
          "![x](javascript:alert(1))",
          "<details open ontoggle=alert(1)>");

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired Accounts accounts;
  @Autowired Catalog catalog;
  @Autowired DerivedWork derivedWork;
  @Autowired JdbcTemplate jdbc;

  private ReviewFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new ReviewFixtures(mvc, json, accounts, catalog);
  }

  @Test
  void ratesAPaperAndSeesTheAverageOnceEnoughReadersRated() throws Exception {
    long paper = fixtures.paper();
    Document before = page("/papers/" + paper, null);
    assertThat(before.select("#rating-summary .not-enough-ratings").text())
        .isEqualTo("Not enough ratings yet: an average needs 3 ratings, this paper has 0.");
    assertThat(before.select("#headline-rating .not-enough-ratings")).hasSize(1);

    int[] given = {5, 4, 4};
    for (int i = 0; i < given.length; i++) {
      Cookie reader = fixtures.signedInReader("rater");
      rate(paper, reader, Map.of("rating", given[i], "novelty", 5)).andExpect(status().isCreated());
      Document page = page("/papers/" + paper, reader);
      if (i < given.length - 1) {
        assertThat(page.select("#rating-summary .not-enough-ratings")).hasSize(1);
        assertThat(page.select("#rating-summary .average-value")).isEmpty();
      } else {
        assertThat(page.select("#rating-summary .not-enough-ratings")).isEmpty();
        assertThat(page.select("#rating-summary .average-value").text()).isEqualTo("4.3");
        assertThat(page.select("#rating-summary .rating-count").text()).isEqualTo("from 3 ratings");
        assertThat(page.select(".rating-distribution th").eachText())
            .containsExactly("5 stars", "4 stars", "3 stars", "2 stars", "1 star");
        assertThat(page.select(".rating-distribution .rating-bar-count").eachText())
            .containsExactly("1 (33%)", "2 (67%)", "0 (0%)", "0 (0%)", "0 (0%)");
        assertThat(page.select(".rating-bar-fill").eachAttr("width"))
            .containsExactly("33", "67", "0", "0", "0");
        assertThat(page.select(".criterion-novelty dd").text()).isEqualTo("5.0 out of 5 (3)");
        assertThat(page.select(".criterion-rigor dd").text()).isEqualTo("Not enough ratings (0)");
        assertThat(page.select("#headline-rating .headline-average").text()).isEqualTo("4.3");
        assertThat(page.select("#headline-rating").text()).contains("(3 ratings)");
        assertThat(page.select("[style]")).as("no inline styles").isEmpty();
      }
    }
    mvc.perform(get("/api/papers/" + paper + "/reviews"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.summary.raters").value(3))
        .andExpect(jsonPath("$.summary.average").value(4.33))
        .andExpect(jsonPath("$.summary.enoughRatings").value(true))
        .andExpect(jsonPath("$.summary.distribution[0].count").value(1))
        .andExpect(jsonPath("$.summary.criteria[0].average").value(5.0))
        .andExpect(jsonPath("$.reviews").isEmpty());
  }

  @Test
  void changingARatingKeepsOneRatingPerReaderAndAReviewKeepsItsText() throws Exception {
    long paper = fixtures.paper();
    Cookie reader = fixtures.signedInReader("changer");
    String location =
        rate(paper, reader, Map.of("rating", 2))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.rating").value(2))
            .andReturn()
            .getResponse()
            .getHeader("Location");
    assertThat(location).matches(".*/api/papers/" + paper + "/reviews/\\d+");
    rate(paper, reader, Map.of("rating", 5, "rigor", 3))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.rating").value(5))
        .andExpect(jsonPath("$.rigor").value(3));
    review(
            paper,
            reader,
            Map.of("rating", 4, "text", "Solid *trial*.", "conflictOfInterest", false))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.text").value("Solid *trial*."));
    rate(paper, reader, Map.of("rating", 3))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.text").value("Solid *trial*."))
        .andExpect(jsonPath("$.rigor").doesNotExist());

    assertThat(
            jdbc.queryForObject(
                "select count(*) from review where paper_id = ?", Integer.class, paper))
        .isEqualTo(1);
    mvc.perform(get(location))
        .andExpect(jsonPath("$.rating").value(3))
        .andExpect(jsonPath("$.conflictOfInterest").value(false));
    mvc.perform(get("/api/papers/" + paper + "/reviews"))
        .andExpect(jsonPath("$.summary.raters").value(1))
        .andExpect(jsonPath("$.summary.reviews").value(1))
        .andExpect(jsonPath("$.summary.average").value(Matchers.nullValue()))
        .andExpect(jsonPath("$.summary.distribution[2].count").value(1))
        .andExpect(jsonPath("$.summary.distribution[3].count").value(0))
        .andExpect(jsonPath("$.reviews[0].text").value("Solid *trial*."));
    assertThat(totals(paper)).containsEntry("RATERS", 1L).containsEntry("RATING_SUM", 3L);
  }

  @Test
  void aReaderCannotEditOrDeleteAnotherReadersReview() throws Exception {
    long paper = fixtures.paper();
    Cookie author = fixtures.signedInReader("author");
    long reviewId =
        id(
            review(paper, author, Map.of("rating", 4, "text", "Mine.", "conflictOfInterest", false))
                .andExpect(status().isCreated()));
    Cookie other = fixtures.signedInReader("other");
    Map<String, Object> edit =
        Map.of("rating", 1, "text", "Hijacked.", "conflictOfInterest", false);
    mvc.perform(
            fixtures.json(put("/api/papers/" + paper + "/reviews/" + reviewId), edit).cookie(other))
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value(Matchers.containsString("someone else's")));
    mvc.perform(
            delete("/api/papers/" + paper + "/reviews/" + reviewId)
                .contentType(MediaType.APPLICATION_JSON)
                .cookie(other))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/papers/" + paper + "/reviews/" + reviewId + "/delete")
                .cookie(other)
                .with(csrf()))
        .andExpect(status().isForbidden());
    // The other reader has no review of their own to change.
    mvc.perform(fixtures.json(put("/api/papers/" + paper + "/reviews/mine"), edit).cookie(other))
        .andExpect(status().isNotFound());
    mvc.perform(get("/api/papers/" + paper + "/reviews/" + reviewId))
        .andExpect(jsonPath("$.text").value("Mine."))
        .andExpect(jsonPath("$.rating").value(4));

    // Its author edits and deletes it.
    mvc.perform(fixtures.json(put("/api/papers/" + paper + "/reviews/mine"), edit).cookie(author))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.text").value("Hijacked."));
    mvc.perform(
            delete("/api/papers/" + paper + "/reviews/" + reviewId)
                .contentType(MediaType.APPLICATION_JSON)
                .cookie(author))
        .andExpect(status().isNoContent());
    mvc.perform(get("/api/papers/" + paper + "/reviews/" + reviewId))
        .andExpect(status().isNotFound());
    assertThat(totals(paper)).containsEntry("RATERS", 0L).containsEntry("REVIEWS", 0L);
  }

  @Test
  void writesWithoutSigningInAre401ProblemsAndPagesAskToSignIn() throws Exception {
    long paper = fixtures.paper();
    List<MockHttpServletRequestBuilder> writes =
        List.of(
            fixtures.json(post("/api/papers/" + paper + "/ratings"), Map.of("rating", 4)),
            fixtures.json(
                post("/api/papers/" + paper + "/reviews"),
                Map.of("rating", 4, "text", "x", "conflictOfInterest", false)),
            fixtures.json(put("/api/papers/" + paper + "/reviews/mine"), Map.of("rating", 4)),
            delete("/api/papers/" + paper + "/reviews/mine")
                .contentType(MediaType.APPLICATION_JSON));
    for (MockHttpServletRequestBuilder write : writes) {
      mvc.perform(write)
          .andExpect(status().isUnauthorized())
          .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }
    mvc.perform(
            post("/papers/" + paper + "/reviews")
                .param("rating", "4")
                .with(csrf())
                .accept(MediaType.TEXT_HTML))
        .andExpect(redirectedUrl("/signin"));
    Document page = page("/papers/" + paper, null);
    assertThat(page.select("form#rate-paper")).isEmpty();
    assertThat(page.select(".sign-in-to-rate a").attr("href")).isEqualTo("/signin");
    assertThat(totals(paper)).isEmpty();
  }

  @Test
  void theRateThisPaperFormStoresAReviewAndGoesBackToThePaperWithAConfirmation() throws Exception {
    long paper = fixtures.paper();
    String name = fixtures.reader("form");
    Cookie reader = fixtures.signIn(name);
    Document empty = page("/papers/" + paper, reader);
    assertThat(empty.select("form#rate-paper select[name=rating] option").eachAttr("value"))
        .containsExactly("", "5", "4", "3", "2", "1");
    assertThat(empty.select("form#rate-paper input[name=_csrf]")).hasSize(1);
    assertThat(empty.select("form#rate-paper button[type=submit]").text())
        .isEqualTo("Rate this paper");

    // Refused: the reason and what was typed come back.
    MvcResult refused =
        mvc.perform(
                post("/papers/" + paper + "/reviews")
                    .param("rating", "4")
                    .param("text", "Well *designed*.")
                    .cookie(reader)
                    .with(csrf()))
            .andExpect(redirectedUrl("/papers/" + paper + "#rate-paper"))
            .andExpect(
                flash()
                    .attribute(
                        "reviewError",
                        "'conflictOfInterest' is missing: say whether you have a conflict of"
                            + " interest"))
            .andReturn();
    Document again =
        page(
            mvc.perform(get("/papers/" + paper).cookie(reader).flashAttrs(refused.getFlashMap()))
                .andReturn());
    assertThat(again.select("#reviews .notice").text()).contains("conflictOfInterest");
    assertThat(again.select("#review-text").text()).isEqualTo("Well *designed*.");
    assertThat(again.select("#review-rating option[selected]").val()).isEqualTo("4");

    MvcResult saved =
        mvc.perform(
                post("/papers/" + paper + "/reviews")
                    .param("rating", "4")
                    .param("novelty", "5")
                    .param("significance", "")
                    .param("rigor", "3")
                    .param("text", "Well *designed*.")
                    .param("conflictOfInterest", "yes")
                    .param("conflictStatement", "I consulted for the sponsor.")
                    .cookie(reader)
                    .with(csrf()))
            .andExpect(redirectedUrl("/papers/" + paper + "#reviews"))
            .andExpect(flash().attribute("reviewNotice", "Your rating and review are saved."))
            .andReturn();
    Document page =
        page(
            mvc.perform(get("/papers/" + paper).cookie(reader).flashAttrs(saved.getFlashMap()))
                .andReturn());
    assertThat(page.select("#reviews .confirmation").text())
        .isEqualTo("Your rating and review are saved.");
    Element review = page.selectFirst(".review-list .review");
    assertThat(review.select(".review-author").text()).isEqualTo(name);
    assertThat(review.select(".review-author").attr("href")).isEqualTo("/users/" + name);
    assertThat(review.select("time").text()).matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(review.select(".review-ratings li").eachText())
        .containsExactly("Rating: 4 out of 5", "Novelty: 5", "Scientific rigor: 3");
    assertThat(review.select(".review-coi-declared").text())
        .isEqualTo("Conflict of interest declared: I consulted for the sponsor.");
    assertThat(review.select(".review-text em").text()).isEqualTo("designed");
    assertThat(review.select(".badge").text()).isEqualTo("Your review");
    assertThat(page.select(".own-review .review-edit").attr("href")).isEqualTo("#rate-paper");
    assertThat(page.select("form#rate-paper button[type=submit]").text())
        .isEqualTo("Save your changes");
    assertThat(page.select("#review-novelty option[selected]").val()).isEqualTo("5");
    assertThat(page.select("input[name=conflictOfInterest][value=yes]").hasAttr("checked"))
        .isTrue();

    // Others see the review but no Delete button.
    Document others = page("/papers/" + paper, fixtures.signedInReader("onlooker"));
    assertThat(others.select(".review-list .review-author").text()).isEqualTo(name);
    assertThat(others.select(".review-delete")).isEmpty();

    String deleteAction = page.select("form.review-delete-form").attr("action");
    mvc.perform(post(deleteAction).cookie(reader).with(csrf()))
        .andExpect(redirectedUrl("/papers/" + paper + "#reviews"))
        .andExpect(flash().attribute("reviewNotice", "Your rating and review are deleted."));
    assertThat(page("/papers/" + paper, reader).select(".review-list .review")).isEmpty();
    assertThat(totals(paper)).containsEntry("RATERS", 0L);
  }

  @Test
  void aFormWithoutItsCsrfTokenIsRefusedAndStoresNothing() throws Exception {
    long paper = fixtures.paper();
    Cookie reader = fixtures.signedInReader("csrf");
    mvc.perform(post("/papers/" + paper + "/reviews").param("rating", "1").cookie(reader))
        .andExpect(status().isForbidden());
    mvc.perform(
            post("/api/papers/" + paper + "/ratings")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("rating=1")
                .cookie(reader))
        .andExpect(status().isUnsupportedMediaType());
    assertThat(totals(paper)).isEmpty();
  }

  @Test
  void badRatingsTooLongTextsAndUnknownPapersAreProblemsNamingWhatIsWrong() throws Exception {
    long paper = fixtures.paper();
    Cookie reader = fixtures.signedInReader("bad");
    rate(paper, reader, Map.of("rating", 6))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.field").value("rating"))
        .andExpect(
            jsonPath("$.detail").value("'rating' must be a whole number from 1 to 5; it was 6"));
    rate(paper, reader, Map.of("rating", 3, "significance", 0))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("significance"));
    rate(paper, reader, Map.of("novelty", 3))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("rating"));
    review(
            paper,
            reader,
            Map.of("rating", 3, "text", "x".repeat(10_001), "conflictOfInterest", false))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("text"))
        .andExpect(
            jsonPath("$.detail")
                .value("'text' is 10001 characters long; a review may have at most 10000"));
    review(paper, reader, Map.of("rating", 3, "text", "Fine.", "conflictOfInterest", true))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("conflictStatement"));
    review(paper, reader, Map.of("rating", 3, "conflictOfInterest", false))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("text"));
    mvc.perform(get("/api/papers/" + paper + "/reviews?cursor=nonsense"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.field").value("cursor"));
    assertThat(totals(paper)).isEmpty();

    long unknown = Long.MAX_VALUE - 7;
    rate(unknown, reader, Map.of("rating", 3))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value("No paper has id " + unknown));
    mvc.perform(get("/api/papers/" + unknown + "/reviews")).andExpect(status().isNotFound());
  }

  @Test
  void reviewsArePagedNewestFirstWithACursorAndALinkHeader() throws Exception {
    long paper = fixtures.paper();
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      ids.add(
          id(
              review(
                  paper,
                  fixtures.signedInReader("pager"),
                  Map.of("rating", 3, "text", "Review " + i, "conflictOfInterest", false))));
    }
    MvcResult first =
        mvc.perform(get("/api/papers/" + paper + "/reviews?limit=2"))
            .andExpect(status().isOk())
            .andExpect(
                jsonPath(
                    "$.reviews[*].id",
                    Matchers.contains(ids.get(2).intValue(), ids.get(1).intValue())))
            .andExpect(header().string("Link", Matchers.containsString("rel=\"next\"")))
            .andReturn();
    String next = tree(first).get("next").asString();
    mvc.perform(get("/api/papers/" + paper + "/reviews?limit=2&cursor=" + next))
        .andExpect(jsonPath("$.reviews[*].id", Matchers.contains(ids.get(0).intValue())))
        .andExpect(jsonPath("$.next").value(Matchers.nullValue()))
        .andExpect(header().doesNotExist("Link"));
  }

  @Test
  void xssVectorsInAReviewAreRenderedInert() throws Exception {
    long paper = fixtures.paper();
    Cookie reader = fixtures.signedInReader("xss");
    for (String vector : XSS_VECTORS) {
      review(
              paper,
              reader,
              Map.of(
                  "rating",
                  3,
                  "text",
                  vector,
                  "conflictOfInterest",
                  true,
                  "conflictStatement",
                  vector))
          .andExpect(status().is2xxSuccessful());
      Document own = page("/papers/" + paper, reader);
      assertThat(own.select(".review-list .review")).as(vector).hasSize(1);
      assertThat(own.select(".review-coi-declared").text())
          .isEqualTo("Conflict of interest declared: " + vector.strip().replaceAll("\\s+", " "));
      assertThat(own.select("#review-text").val()).isEqualTo(vector.strip());
      assertInert(own, vector);
    }
    // What everyone else sees is drawn by the same list, without the form.
    assertInert(page("/papers/" + paper, null), XSS_VECTORS.get(XSS_VECTORS.size() - 1));
  }

  @Test
  void fiftyReadersRatingAtOnceEndWithTheExactCountAndAverage() throws Exception {
    long paper = fixtures.paper();
    int readers = 50;
    List<Cookie> sessions = new ArrayList<>();
    for (int i = 0; i < readers; i++) {
      sessions.add(fixtures.signedInReader("crowd"));
    }
    // Each reader sends the same rating twice at once: one creates it, the other changes it.
    List<Callable<Integer>> requests = new ArrayList<>();
    for (int i = 0; i < readers; i++) {
      Cookie session = sessions.get(i);
      Map<String, Object> body = new HashMap<>(Map.of("rating", i % 5 + 1));
      if (i % 2 == 0) {
        body.put("rigor", 4);
      }
      for (int copy = 0; copy < 2; copy++) {
        requests.add(
            () ->
                mvc.perform(
                        fixtures
                            .json(post("/api/papers/" + paper + "/ratings"), body)
                            .cookie(session)
                            .with(ReviewFixtures.freshAddress()))
                    .andReturn()
                    .getResponse()
                    .getStatus());
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(10);
    List<Integer> statuses = new ArrayList<>();
    try {
      for (Future<Integer> answer : pool.invokeAll(requests)) {
        statuses.add(answer.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(statuses).filteredOn(s -> s == 201).hasSize(readers);
    assertThat(statuses).filteredOn(s -> s == 200).hasSize(readers);
    mvc.perform(get("/api/papers/" + paper + "/reviews"))
        .andExpect(jsonPath("$.summary.raters").value(readers))
        .andExpect(jsonPath("$.summary.average").value(3.0))
        .andExpect(
            jsonPath("$.summary.distribution[*].count", Matchers.contains(10, 10, 10, 10, 10)))
        .andExpect(jsonPath("$.summary.criteria[2].count").value(25))
        .andExpect(jsonPath("$.summary.criteria[2].average").value(4.0));
    assertThat(totals(paper))
        .containsEntry("RATERS", 50L)
        .containsEntry("RATING_SUM", 150L)
        .containsEntry("RIGOR_SUM", 100L);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from review where paper_id = ?", Integer.class, paper))
        .isEqualTo(readers);
  }

  @Test
  void aDeletedAccountsRatingsAreInItsExportAndThenLeaveTheTotals() throws Exception {
    long paper = fixtures.paper();
    long otherPaper = fixtures.paper();
    Cookie stays = fixtures.signedInReader("stays");
    rate(paper, stays, Map.of("rating", 2)).andExpect(status().isCreated());
    Cookie leaves = fixtures.signedInReader("leaves");
    rate(paper, leaves, Map.of("rating", 5, "novelty", 4)).andExpect(status().isCreated());
    review(otherPaper, leaves, Map.of("rating", 1, "text", "Weak.", "conflictOfInterest", false))
        .andExpect(status().isCreated());

    mvc.perform(get("/api/account/export").cookie(leaves))
        .andExpect(status().isOk())
        .andExpect(
            jsonPath("$.reviews[*].paperId", Matchers.contains((int) paper, (int) otherPaper)))
        .andExpect(jsonPath("$.reviews[1].text").value("Weak."));

    mvc.perform(
            fixtures
                .json(delete("/api/account"), Map.of("password", ReviewFixtures.PASSWORD))
                .cookie(leaves))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.reviews[0].rating").value(5));
    assertThat(derivedWork.await(Duration.ofMinutes(5))).isZero();

    assertThat(totals(paper))
        .containsEntry("RATERS", 1L)
        .containsEntry("RATING_SUM", 2L)
        .containsEntry("STARS_5", 0L)
        .containsEntry("NOVELTY_COUNT", 0L);
    assertThat(totals(otherPaper)).containsEntry("RATERS", 0L).containsEntry("REVIEWS", 0L);
    mvc.perform(get("/api/papers/" + otherPaper + "/reviews"))
        .andExpect(jsonPath("$.reviews").isEmpty());
  }

  private org.springframework.test.web.servlet.ResultActions rate(
      long paper, Cookie session, Map<String, Object> body) throws Exception {
    return mvc.perform(
        fixtures.json(post("/api/papers/" + paper + "/ratings"), body).cookie(session));
  }

  private org.springframework.test.web.servlet.ResultActions review(
      long paper, Cookie session, Map<String, Object> body) throws Exception {
    return mvc.perform(
        fixtures.json(post("/api/papers/" + paper + "/reviews"), body).cookie(session));
  }

  private long id(org.springframework.test.web.servlet.ResultActions result) throws Exception {
    return tree(result.andReturn()).get("id").asLong();
  }

  private JsonNode tree(MvcResult result) throws Exception {
    return json.readTree(result.getResponse().getContentAsString());
  }

  /** The paper's stored totals row by column (upper case), empty when it has none. */
  private Map<String, Long> totals(long paper) {
    List<Map<String, Object>> rows =
        jdbc.queryForList("select * from review_aggregate where paper_id = ?", paper);
    Map<String, Long> totals = new HashMap<>();
    rows.forEach(
        row ->
            row.forEach(
                (column, value) ->
                    totals.put(
                        column.toUpperCase(java.util.Locale.ROOT), ((Number) value).longValue())));
    return totals;
  }

  private Document page(String path, Cookie session) throws Exception {
    MockHttpServletRequestBuilder request = get(path);
    if (session != null) {
      request.cookie(session);
    }
    return page(mvc.perform(request).andExpect(status().isOk()).andReturn());
  }

  private static Document page(MvcResult result) throws Exception {
    return Jsoup.parse(result.getResponse().getContentAsString());
  }

  /** No script runs: no script elements but the layout's own, no handlers, no script URLs. */
  private static void assertInert(Document page, String vector) {
    assertThat(page.select("script[src]").eachAttr("src"))
        .as("scripts on the page with " + vector)
        .containsExactly("/js/search-suggest.js");
    assertThat(page.select("script:not([src])").eachAttr("type"))
        .as("inline scripts with " + vector)
        .containsOnly("application/ld+json");
    assertThat(
            page.select(
                "#reviews iframe, #reviews object, #reviews embed, #reviews style,"
                    + " #reviews meta, #reviews img, #reviews details, .review-text svg"))
        .as("elements injected by " + vector)
        .isEmpty();
    for (Element element : page.getAllElements()) {
      element
          .attributes()
          .forEach(
              attribute -> {
                assertThat(attribute.getKey())
                    .as("attribute from " + vector)
                    .doesNotStartWith("on");
                assertThat(attribute.getKey()).as("attribute from " + vector).isNotEqualTo("style");
                if (Set.of("href", "src", "action", "background", "data")
                    .contains(attribute.getKey())) {
                  assertThat(attribute.getValue().replaceAll("\\s", "").toLowerCase())
                      .as("URL from " + vector)
                      .doesNotStartWith("javascript:");
                }
              });
    }
  }
}
