package org.follicle.authorship;

import java.util.List;
import java.util.Map;
import org.follicle.catalog.PaperSummary;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Author profiles: a verified author's papers, from their verified claims, and linked ORCID iD. */
@Service
class AuthorProfiles {

  private final ClaimRepository claims;
  private final Claims claiming;
  private final OrcidLinks orcidLinks;

  AuthorProfiles(ClaimRepository claims, Claims claiming, OrcidLinks orcidLinks) {
    this.claims = claims;
    this.claiming = claiming;
    this.orcidLinks = orcidLinks;
  }

  /** The profile of the verified author with this name; 404 when nobody by it is verified. */
  @Transactional(readOnly = true)
  AuthorProfile profile(String username) {
    List<Claim> verified = claims.verifiedOfUsername(username);
    if (verified.isEmpty()) {
      throw new ClaimRefused(
          HttpStatus.NOT_FOUND, "No verified author is named '%s'".formatted(username));
    }
    Map<Long, PaperSummary> papers = claiming.papersOf(verified);
    List<AuthorProfile.VerifiedPaper> shown =
        verified.stream()
            .filter(claim -> papers.containsKey(claim.paperId()))
            .map(claim -> paper(claim, papers.get(claim.paperId())))
            .toList();
    Claim any = verified.get(0);
    return new AuthorProfile(
        any.accountId(), any.username(), orcidLinks.ofAccount(any.accountId()).orElse(null), shown);
  }

  private static AuthorProfile.VerifiedPaper paper(Claim claim, PaperSummary paper) {
    return new AuthorProfile.VerifiedPaper(
        paper.id(),
        paper.title(),
        paper.journalName(),
        paper.date().iso(),
        claim.authorPosition(),
        claim.authorName(),
        claim.verifiedBy());
  }
}
