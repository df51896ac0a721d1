package org.follicle.review;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.Map;
import org.follicle.account.Accounts;
import org.follicle.catalog.Catalog;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/** Rating and reviewing in bulk is limited per account (the test profile raises the limits). */
@SpringBootTest(
    properties = {
      "follicle.rate-limits.rating.limit=3",
      "follicle.rate-limits.rating.window=1h",
      "follicle.rate-limits.reviewing.limit=2",
      "follicle.rate-limits.reviewing.window=1h"
    })
@AutoConfigureMockMvc
class ReviewRateLimitTests {

  @Autowired MockMvc mvc;
  @Autowired JsonMapper json;
  @Autowired Accounts accounts;
  @Autowired Catalog catalog;

  @Test
  void aReaderRatingTooOftenGets429WithRateLimitHeaders() throws Exception {
    ReviewFixtures fixtures = new ReviewFixtures(mvc, json, accounts, catalog);
    Cookie reader = fixtures.signedInReader("eager");
    for (int left = 2; left >= 0; left--) {
      // From a new address each time: the account's own count is what runs out.
      mvc.perform(rating(fixtures, fixtures.paper(), reader, ReviewFixtures.freshAddress()))
          .andExpect(status().is2xxSuccessful())
          .andExpect(header().string("RateLimit-Policy", "\"rating\";q=3;w=3600"))
          .andExpect(
              header().string("RateLimit", Matchers.startsWith("\"rating\";r=" + left + ";")));
    }
    long paper = fixtures.paper();
    mvc.perform(rating(fixtures, paper, reader, ReviewFixtures.freshAddress()))
        .andExpect(status().isTooManyRequests())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(header().string("RateLimit", Matchers.startsWith("\"rating\";r=0;t=")))
        .andExpect(header().exists("Retry-After"));
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                "/api/papers/" + paper + "/reviews"))
        .andExpect(jsonPath("$.summary.raters").value(0));
    // Another reader is not held up.
    mvc.perform(
            rating(fixtures, paper, fixtures.signedInReader("calm"), ReviewFixtures.freshAddress()))
        .andExpect(status().isCreated());
  }

  @Test
  void reviewsFromOneAddressAreLimitedToo() throws Exception {
    ReviewFixtures fixtures = new ReviewFixtures(mvc, json, accounts, catalog);
    RequestPostProcessor from = ReviewFixtures.freshAddress();
    long paper = fixtures.paper();
    for (int i = 0; i < 2; i++) {
      mvc.perform(review(fixtures, paper, fixtures.signedInReader("bulk"), from))
          .andExpect(status().isCreated());
    }
    mvc.perform(review(fixtures, paper, fixtures.signedInReader("bulk"), from))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().string("RateLimit-Policy", "\"reviewing\";q=2;w=3600"));
  }

  private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder rating(
      ReviewFixtures fixtures, long paper, Cookie reader, RequestPostProcessor from) {
    return fixtures
        .json(post("/api/papers/" + paper + "/ratings"), Map.of("rating", 4))
        .cookie(reader)
        .with(from);
  }

  private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder review(
      ReviewFixtures fixtures, long paper, Cookie reader, RequestPostProcessor from) {
    return fixtures
        .json(
            post("/api/papers/" + paper + "/reviews"),
            Map.of("rating", 4, "text", "Fine.", "conflictOfInterest", false))
        .cookie(reader)
        .with(from);
  }
}
