package org.follicle.authorship;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.follicle.account.AccountView;
import org.follicle.account.CurrentUser;
import org.follicle.account.RateLimits;
import org.follicle.account.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Claims of authorship and author profiles as JSON. */
@RestController
@Tag(name = "Authorship", description = "Claims of authorship on papers and verified authors")
class ClaimApiController {

  private final Claims claims;
  private final AuthorProfiles profiles;
  private final CurrentUser currentUser;
  private final RateLimits rateLimits;

  ClaimApiController(
      Claims claims, AuthorProfiles profiles, CurrentUser currentUser, RateLimits rateLimits) {
    this.claims = claims;
    this.profiles = profiles;
    this.currentUser = currentUser;
    this.rateLimits = rateLimits;
  }

  /** Which author the claimant is: the 1-based position, or the name as the byline prints it. */
  record ClaimRequest(Integer authorPosition, String authorName) {}

  /** The claims on one paper. */
  record PaperClaims(long paperId, List<Claim> claims) {}

  @PostMapping("/api/papers/{id}/claims")
  @Operation(
      summary = "Claim to be one of the paper's authors",
      description =
          "Verified at once when your confirmed e-mail address is at the domain printed in that"
              + " author's affiliation; otherwise it waits for a moderator. 409 when you claim"
              + " on this paper already or the author is verified as someone else.")
  ResponseEntity<Claim> claim(@PathVariable long id, @RequestBody ClaimRequest request) {
    AccountView user = currentUser.requireAccount(Role.READER);
    rateLimits.consume("claiming");
    Claim claim = claims.claim(user, id, request.authorPosition(), request.authorName());
    return ResponseEntity.created(URI.create("/api/papers/" + id + "/claims#claim-" + claim.id()))
        .body(claim);
  }

  @GetMapping("/api/papers/{id}/claims")
  @Operation(summary = "The claims of authorship on the paper, by byline position")
  PaperClaims paperClaims(@PathVariable long id) {
    return new PaperClaims(id, claims.ofPaper(id));
  }

  @DeleteMapping("/api/claims/{id}")
  @Operation(summary = "Withdraw your own claim (403 for someone else's)")
  ResponseEntity<Void> withdraw(@PathVariable long id) {
    AccountView user = currentUser.requireAccount(Role.READER);
    rateLimits.consume("claiming");
    claims.withdraw(id, user);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/people/{username}")
  @Operation(summary = "A verified author's profile: the papers they are verified on")
  AuthorProfile person(@PathVariable String username) {
    return profiles.profile(username);
  }
}
