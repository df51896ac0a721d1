package org.follicle.review;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.follicle.account.AccountView;
import org.follicle.account.CurrentUser;
import org.follicle.account.RateLimits;
import org.follicle.account.Role;
import org.follicle.web.NextPageLink;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** A paper's ratings and reviews as JSON; signed-in readers rate, review, edit and delete. */
@RestController
@RequestMapping("/api/papers/{id}")
@Tag(name = "Reviews", description = "Ratings (1 to 5) and written reviews of papers")
class ReviewApiController {

  private final Reviews reviews;
  private final CurrentUser currentUser;
  private final RateLimits rateLimits;

  ReviewApiController(Reviews reviews, CurrentUser currentUser, RateLimits rateLimits) {
    this.reviews = reviews;
    this.currentUser = currentUser;
    this.rateLimits = rateLimits;
  }

  /** Ratings from 1 to 5; only {@code rating} is required. */
  record RatingRequest(Integer rating, Integer novelty, Integer significance, Integer rigor) {}

  /** Ratings and a review in Markdown, with the reviewer's declaration of interests. */
  record ReviewRequest(
      Integer rating,
      Integer novelty,
      Integer significance,
      Integer rigor,
      String text,
      Boolean conflictOfInterest,
      String conflictStatement) {}

  /** One reader's ratings and review ({@code text} null when they only rated). */
  record ReviewResource(
      long id,
      long paperId,
      String author,
      String authorUsername,
      int rating,
      Integer novelty,
      Integer significance,
      Integer rigor,
      String text,
      boolean conflictOfInterest,
      String conflictStatement,
      Instant createdAt,
      Instant updatedAt) {

    static ReviewResource of(StoredReview review) {
      Ratings ratings = review.ratings();
      return new ReviewResource(
          review.id(),
          review.paperId(),
          review.authorName(),
          review.authorUsername(),
          ratings.rating(),
          ratings.novelty(),
          ratings.significance(),
          ratings.rigor(),
          review.text(),
          review.conflictOfInterest(),
          review.conflictStatement(),
          review.createdAt(),
          review.updatedAt());
    }
  }

  /** The paper's rating summary and a page of its written reviews, newest first. */
  record ReviewsPage(
      long paperId, RatingSummary summary, List<ReviewResource> reviews, String next) {}

  @GetMapping("/reviews")
  @Operation(
      summary = "The paper's rating summary and written reviews, newest first, a page at a time",
      description =
          "The average is null until follicle.reviews.min-raters readers rated the paper. Follow"
              + " 'next' (also in the Link header) for more reviews.")
  ResponseEntity<ReviewsPage> list(
      @PathVariable long id,
      @Parameter(description = "The 'next' value of the previous page")
          @RequestParam(required = false)
          String cursor,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
    Long before = ReviewCursor.decode(cursor);
    reviews.requirePaper(id);
    List<StoredReview> page = reviews.written(id, before, limit + 1);
    boolean more = page.size() > limit;
    List<StoredReview> shown = more ? page.subList(0, limit) : page;
    String next = more ? ReviewCursor.encode(shown.get(shown.size() - 1).id()) : null;
    ResponseEntity.BodyBuilder response = ResponseEntity.ok();
    NextPageLink.add(response, next);
    return response.body(
        new ReviewsPage(
            id, reviews.summary(id), shown.stream().map(ReviewResource::of).toList(), next));
  }

  @GetMapping("/reviews/mine")
  @Operation(summary = "The signed-in reader's ratings and review of the paper")
  ReviewResource mine(@PathVariable long id) {
    AccountView reader = currentUser.requireAccount(Role.READER);
    reviews.requirePaper(id);
    return reviews
        .byAuthor(id, reader.id())
        .map(ReviewResource::of)
        .orElseThrow(() -> notFound("You have not rated paper " + id));
  }

  @GetMapping("/reviews/{reviewId}")
  @Operation(summary = "One review of the paper")
  ReviewResource one(@PathVariable long id, @PathVariable long reviewId) {
    reviews.requirePaper(id);
    return reviews
        .byId(id, reviewId)
        .map(ReviewResource::of)
        .orElseThrow(() -> notFound("Paper %d has no review with id %d".formatted(id, reviewId)));
  }

  @PostMapping(value = "/ratings", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Rate the paper, or change your ratings",
      description =
          "201 with Location when you had not rated it, 200 when your ratings changed; a review"
              + " you wrote stays. Rate limit policy 'rating'.")
  ResponseEntity<ReviewResource> rate(@PathVariable long id, @RequestBody RatingRequest request) {
    AccountView reader = currentUser.requireAccount(Role.READER);
    Ratings ratings =
        Ratings.of(request.rating(), request.novelty(), request.significance(), request.rigor());
    reviews.requirePaper(id);
    rateLimits.consume("rating");
    return answer(reviews.rate(id, reader, ratings));
  }

  @PostMapping(value = "/reviews", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(
      summary = "Review the paper (ratings, text in Markdown, conflict of interest)",
      description =
          "201 with Location when you had not rated it, 200 when it replaced your ratings and"
              + " review. Rate limit policy 'reviewing'.")
  ResponseEntity<ReviewResource> review(@PathVariable long id, @RequestBody ReviewRequest request) {
    AccountView reader = currentUser.requireAccount(Role.READER);
    ReviewDraft draft = draft(request);
    reviews.requirePaper(id);
    rateLimits.consume("reviewing");
    return answer(reviews.save(id, reader, draft));
  }

  @PutMapping(value = "/reviews/mine", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Replace your ratings and review of the paper")
  ResponseEntity<ReviewResource> editMine(
      @PathVariable long id, @RequestBody ReviewRequest request) {
    AccountView reader = currentUser.requireAccount(Role.READER);
    return edit(id, own(id, reader).id(), reader, request);
  }

  @PutMapping(value = "/reviews/{reviewId}", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Replace your review with this id (403 for someone else's)")
  ResponseEntity<ReviewResource> editById(
      @PathVariable long id, @PathVariable long reviewId, @RequestBody ReviewRequest request) {
    return edit(id, reviewId, currentUser.requireAccount(Role.READER), request);
  }

  @DeleteMapping("/reviews/mine")
  @Operation(summary = "Delete your ratings and review of the paper")
  ResponseEntity<Void> deleteMine(@PathVariable long id) {
    AccountView reader = currentUser.requireAccount(Role.READER);
    reviews.delete(id, own(id, reader).id(), reader);
    return ResponseEntity.noContent().build();
  }

  @DeleteMapping("/reviews/{reviewId}")
  @Operation(summary = "Delete your review with this id (403 for someone else's)")
  ResponseEntity<Void> deleteById(@PathVariable long id, @PathVariable long reviewId) {
    reviews.delete(id, reviewId, currentUser.requireAccount(Role.READER));
    return ResponseEntity.noContent().build();
  }

  private ResponseEntity<ReviewResource> edit(
      long id, long reviewId, AccountView reader, ReviewRequest request) {
    ReviewDraft draft = draft(request);
    rateLimits.consume("reviewing");
    return ResponseEntity.ok(ReviewResource.of(reviews.edit(id, reviewId, reader, draft).review()));
  }

  private StoredReview own(long id, AccountView reader) {
    reviews.requirePaper(id);
    return reviews
        .byAuthor(id, reader.id())
        .orElseThrow(() -> notFound("You have not rated paper " + id));
  }

  private static ReviewDraft draft(ReviewRequest request) {
    Ratings ratings =
        Ratings.of(request.rating(), request.novelty(), request.significance(), request.rigor());
    return ReviewDraft.written(
        ratings, request.text(), request.conflictOfInterest(), request.conflictStatement());
  }

  private static ResponseEntity<ReviewResource> answer(Reviews.Written written) {
    ReviewResource body = ReviewResource.of(written.review());
    if (!written.created()) {
      return ResponseEntity.ok(body);
    }
    URI location =
        ServletUriComponentsBuilder.fromCurrentContextPath()
            .path("/api/papers/{id}/reviews/{reviewId}")
            .buildAndExpand(body.paperId(), body.id())
            .toUri();
    return ResponseEntity.created(location).body(body);
  }

  private static ResponseStatusException notFound(String reason) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, reason);
  }
}
