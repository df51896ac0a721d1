package org.follicle.library;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.List;
import org.follicle.account.CurrentUser;
import org.follicle.account.RateLimits;
import org.follicle.account.Role;
import org.follicle.catalog.PaperListItem;
import org.follicle.web.NextPageLink;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The signed-in reader's saved papers as JSON: save, unsave, ask, list. */
@RestController
@Tag(name = "Saved papers", description = "A signed-in reader's own list of saved studies")
class SavedPaperApiController {

  private final SavedPapers saved;
  private final SavedPaperListing listing;
  private final CurrentUser currentUser;
  private final RateLimits rateLimits;

  SavedPaperApiController(
      SavedPapers saved,
      SavedPaperListing listing,
      CurrentUser currentUser,
      RateLimits rateLimits) {
    this.saved = saved;
    this.listing = listing;
    this.currentUser = currentUser;
    this.rateLimits = rateLimits;
  }

  /** Whether the reader saved the paper, and when. */
  record SavedResource(long paperId, boolean saved, Instant savedAt) {}

  /** A saved paper as lists show it, with when it was saved. */
  record SavedItem(PaperListItem paper, Instant savedAt) {}

  /** A page of saved papers, newest saved first; {@code next} is null on the last page. */
  record SavedPage(List<SavedItem> items, String next) {}

  @GetMapping("/api/papers/{id}/saved")
  @Operation(summary = "Whether the signed-in reader saved the paper")
  ResponseEntity<SavedResource> state(@PathVariable long id) {
    long accountId = currentUser.requireAccount(Role.READER).id();
    listing.requirePaper(id);
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noStore())
        .body(
            saved
                .find(accountId, id)
                .map(s -> new SavedResource(id, true, s.savedAt()))
                .orElseGet(() -> new SavedResource(id, false, null)));
  }

  @PutMapping("/api/papers/{id}/saved")
  @Operation(
      summary = "Save the paper",
      description =
          "201 with Location when it was not saved, 200 when it was (nothing changes). Send"
              + " Content-Type: application/json (the body may be empty). Rate limit policy"
              + " 'saving'.")
  ResponseEntity<SavedResource> save(@PathVariable long id) {
    long accountId = currentUser.requireAccount(Role.READER).id();
    listing.requirePaper(id);
    rateLimits.consume("saving");
    SavedPapers.Saved result = saved.save(accountId, id);
    SavedResource body = new SavedResource(id, true, result.paper().savedAt());
    ResponseEntity.BodyBuilder response =
        result.added()
            ? ResponseEntity.created(
                ServletUriComponentsBuilder.fromCurrentRequestUri().build().toUri())
            : ResponseEntity.ok();
    return response.cacheControl(CacheControl.noStore()).body(body);
  }

  @DeleteMapping("/api/papers/{id}/saved")
  @Operation(
      summary = "Unsave the paper",
      description =
          "204 whether or not it was saved. Send Content-Type: application/json. Rate limit"
              + " policy 'saving'.")
  ResponseEntity<Void> unsave(@PathVariable long id) {
    long accountId = currentUser.requireAccount(Role.READER).id();
    listing.requirePaper(id);
    rateLimits.consume("saving");
    saved.unsave(accountId, id);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/me/saved")
  @Operation(
      summary = "The signed-in reader's saved papers, newest saved first, a page at a time",
      description = "Follow 'next' (also in the Link header) for older ones.")
  ResponseEntity<SavedPage> list(
      @Parameter(description = "The 'next' value of the previous page")
          @RequestParam(required = false)
          String cursor,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
    long accountId = currentUser.requireAccount(Role.READER).id();
    SavedPaperListing.Page page = listing.page(accountId, cursor, limit);
    ResponseEntity.BodyBuilder response = ResponseEntity.ok().cacheControl(CacheControl.noStore());
    NextPageLink.add(response, page.next());
    return response.body(
        new SavedPage(
            page.entries().stream()
                .map(e -> new SavedItem(PaperListItem.of(e.paper()), e.savedAt()))
                .toList(),
            page.next()));
  }
}
