package org.follicle.authorship;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.follicle.account.AccountView;
import org.follicle.account.CurrentUser;
import org.follicle.account.Role;
import org.follicle.web.NextPageLink;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The moderators' queue of claims of authorship, as JSON. */
@RestController
@RequestMapping("/api/moderation/claims")
@Tag(name = "Authorship", description = "Claims of authorship on papers and verified authors")
class ModerationApiController {

  private final Claims claims;
  private final CurrentUser currentUser;

  ModerationApiController(Claims claims, CurrentUser currentUser) {
    this.claims = claims;
    this.currentUser = currentUser;
  }

  /** One page of the queue, with the cursor of the next page (null on the last). */
  record ClaimQueue(List<Claim> items, String next) {}

  /** Why a claim is rejected, for the claimant to read. */
  record Rejection(String reason) {}

  @GetMapping
  @Operation(
      summary = "Claims waiting for a moderator, oldest first (moderator)",
      description = "Follow 'next' (also in the Link header) for more.")
  ResponseEntity<ClaimQueue> queue(
      @Parameter(description = "The 'next' value of the previous page")
          @RequestParam(required = false)
          String cursor,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
    currentUser.require(Role.MODERATOR);
    List<Claim> page = claims.waiting(ClaimCursor.decode(cursor), limit + 1);
    boolean more = page.size() > limit;
    List<Claim> shown = more ? page.subList(0, limit) : page;
    String next = more ? ClaimCursor.encode(shown.get(shown.size() - 1).id()) : null;
    return NextPageLink.add(ResponseEntity.ok(), next).body(new ClaimQueue(shown, next));
  }

  @PostMapping("/{id}/approve")
  @Operation(
      summary = "Approve a waiting claim: its claimant becomes a verified author (moderator)")
  Claim approve(@PathVariable long id) {
    AccountView moderator = currentUser.require(Role.MODERATOR);
    return claims.approve(id, moderator);
  }

  @PostMapping("/{id}/reject")
  @Operation(summary = "Reject a waiting or verified claim, with a reason (moderator)")
  Claim reject(@PathVariable long id, @RequestBody Rejection rejection) {
    AccountView moderator = currentUser.require(Role.MODERATOR);
    return claims.reject(id, rejection.reason(), moderator);
  }
}
