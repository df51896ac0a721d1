package org.follicle.evidence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.follicle.account.AccountView;
import org.follicle.account.CurrentUser;
import org.follicle.account.RateLimits;
import org.follicle.account.Role;
import org.follicle.web.NextPageLink;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Moderators correct, remove and add study facts through the API; anyone reads the history. */
@RestController
@Validated
@Tag(name = "Study facts", description = "Facts read from each paper's abstract")
class FactCorrectionApiController {

  static final String RATE_LIMIT = "correcting";

  private final FactCorrections corrections;
  private final CurrentUser currentUser;
  private final RateLimits rateLimits;

  FactCorrectionApiController(
      FactCorrections corrections, CurrentUser currentUser, RateLimits rateLimits) {
    this.corrections = corrections;
    this.currentUser = currentUser;
    this.rateLimits = rateLimits;
  }

  /** Why a fact is removed, when sent as JSON. */
  record RemovalNote(String note) {}

  /** A page of the history of a paper's facts, newest first, and the cursor of the next page. */
  record HistoryResource(long paperId, List<RevisionResource> revisions, String next) {}

  /** One change to a fact: who, when, what it was and became, and why. */
  record RevisionResource(
      String factId,
      String action,
      String kind,
      String before,
      String after,
      String note,
      String moderator,
      Instant revisedAt) {

    static RevisionResource of(FactRevision r) {
      return new RevisionResource(
          r.factId(),
          r.action().name().toLowerCase(Locale.ROOT),
          r.kind().name().toLowerCase(Locale.ROOT),
          r.before(),
          r.after(),
          r.note(),
          r.moderator(),
          r.revisedAt());
    }
  }

  @GetMapping("/api/papers/{id}/facts/{factId}")
  @Operation(summary = "One study fact of a paper, by the id its facts list gives")
  StudyFactApiController.FactResource fact(@PathVariable long id, @PathVariable String factId) {
    return StudyFactApiController.FactResource.of(corrections.fact(id, factId));
  }

  @GetMapping("/api/papers/{id}/facts/history")
  @Operation(
      summary = "Every correction of a paper's study facts",
      description =
          "Newest first: the fact, what was done, the value before and after, the note, who and"
              + " when. Pages of `limit` (1 to 100); `next` and the Link header give the next.")
  ResponseEntity<HistoryResource> history(
      @PathVariable long id,
      @Parameter(description = "The 'next' value of the previous page")
          @RequestParam(required = false)
          String cursor,
      @RequestParam(defaultValue = "50") @Min(1) @Max(100) int limit) {
    List<FactRevision> page = corrections.history(id, RevisionCursor.decode(cursor), limit + 1);
    List<FactRevision> shown = page.subList(0, Math.min(limit, page.size()));
    String next =
        page.size() > limit ? RevisionCursor.encode(shown.get(shown.size() - 1).id()) : null;
    ResponseEntity.BodyBuilder response = ResponseEntity.ok();
    NextPageLink.add(response, next);
    return response.body(
        new HistoryResource(id, shown.stream().map(RevisionResource::of).toList(), next));
  }

  @PutMapping("/api/papers/{id}/facts/{factId}")
  @Operation(
      summary = "Correct a study fact (moderators)",
      description =
          "Body: {\"value\": ..., \"note\": why} — for a response {\"outcome\", \"events\","
              + " \"total\", \"timepoint\"}, for an adverse event {\"outcome\" (the event),"
              + " \"events\", \"total\"}. A design is one of the designs Follicle names; a sample"
              + " size a whole number. Re-extraction never overwrites the correction. 400 names the"
              + " field at fault.")
  StudyFactApiController.FactResource correct(
      @PathVariable long id, @PathVariable String factId, @RequestBody FactInput input) {
    AccountView moderator = moderator();
    return StudyFactApiController.FactResource.of(
        corrections.correct(id, factId, input, moderator.username()));
  }

  @DeleteMapping("/api/papers/{id}/facts/{factId}")
  @Operation(
      summary = "Remove a wrong study fact (moderators)",
      description = "The note saying why: {\"note\": ...} or ?note=. Answers 204.")
  ResponseEntity<Void> remove(
      @PathVariable long id,
      @PathVariable String factId,
      @RequestParam(required = false) String note,
      @RequestBody(required = false) RemovalNote body) {
    AccountView moderator = moderator();
    String why = note != null ? note : body == null ? null : body.note();
    corrections.remove(id, factId, why, moderator.username());
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/api/papers/{id}/facts")
  @Operation(
      summary = "Add a missing study fact (moderators)",
      description =
          "Body: {\"kind\": e.g. intervention, the value fields as for a correction, \"sentence\":"
              + " one of the abstract's sentences or none (added by a moderator), \"note\"}."
              + " Answers 201 with the fact and its Location.")
  ResponseEntity<StudyFactApiController.FactResource> add(
      @PathVariable long id, @RequestBody FactInput input) {
    AccountView moderator = moderator();
    ModeratedFacts.ShownFact added = corrections.add(id, input, moderator.username());
    return ResponseEntity.created(URI.create("/api/papers/%d/facts/%s".formatted(id, added.id())))
        .body(StudyFactApiController.FactResource.of(added));
  }

  private AccountView moderator() {
    AccountView moderator = currentUser.require(Role.MODERATOR);
    rateLimits.consume(RATE_LIMIT);
    return moderator;
  }
}
