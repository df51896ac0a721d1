package org.follicle.recommend;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.follicle.account.CurrentUser;
import org.follicle.account.Role;
import org.follicle.catalog.PaperListItem;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in reader's recommendations as JSON. */
@RestController
@Tag(
    name = "Recommended for you",
    description = "Research related to what a reader has shown interest in")
class ForYouApiController {

  private final PersonalRecommendations recommendations;
  private final CurrentUser currentUser;

  ForYouApiController(PersonalRecommendations recommendations, CurrentUser currentUser) {
    this.recommendations = recommendations;
    this.currentUser = currentUser;
  }

  /**
   * The reader's recommendations, best first; {@code basedOnInterests} is false until they rate,
   * save, claim or discuss a paper, and the items are then empty.
   */
  record RecommendationsResource(boolean basedOnInterests, List<RecommendationItem> items) {}

  /** A recommended paper as lists show it, and the reader's papers it is related to. */
  record RecommendationItem(PaperListItem paper, List<BecauseResource> because) {}

  /** One of the reader's papers, what they did with it, and how the recommendation relates. */
  record BecauseResource(
      long paperId, String title, String interest, List<ReasonResource> reasons) {}

  /** A signal relating the two papers, and how the page words it. */
  record ReasonResource(String signal, String text) {}

  @GetMapping("/api/me/recommendations")
  @Operation(
      summary = "Research recommended to the signed-in reader, each saying why",
      description =
          "Papers related (by meaning, shared MeSH headings and keywords, co-citation and"
              + " bibliographic coupling) to the papers the reader rated 3★ or more, saved,"
              + " claimed as an author or discussed in the community, leaving out every paper the"
              + " reader rated, saved, claimed or discussed. 401 when nobody is signed in.")
  ResponseEntity<RecommendationsResource> recommendations(
      @Parameter(description = "How many recommendations, 1 to 50")
          @RequestParam(defaultValue = "20")
          @Min(1)
          @Max(PersonalRecommendations.MOST)
          int limit) {
    long accountId = currentUser.requireAccount(Role.READER).id();
    PersonalRecommendations.ForYou forYou = recommendations.of(accountId, limit);
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noStore())
        .body(
            new RecommendationsResource(
                forYou.hasInterests(),
                forYou.items().stream().map(ForYouApiController::item).toList()));
  }

  private static RecommendationItem item(Recommendation recommendation) {
    return new RecommendationItem(
        PaperListItem.of(recommendation.paper()),
        recommendation.because().stream()
            .map(
                b ->
                    new BecauseResource(
                        b.seedPaperId(),
                        b.seedTitle(),
                        b.interest(),
                        b.reasons().stream()
                            .map(r -> new ReasonResource(r.signal().id(), r.text()))
                            .toList()))
            .toList());
  }
}
