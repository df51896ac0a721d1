package org.follicle.authorship;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.follicle.account.AccountView;
import org.follicle.account.Accounts;
import org.follicle.account.Role;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.PaperRecord;
import org.follicle.catalog.PaperSummary;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Claims of authorship: making one (verified at once when the claimant's confirmed address is at
 * the domain in the author's affiliation), a moderator's approval or rejection, withdrawal, and the
 * verified-author role that follows the verified claims.
 */
@Service
class Claims {

  /** Who granted the verified-author role, in the account's role grants: only these go back. */
  static final String ROLE_GRANTOR = "authorship claim";

  static final int MAX_REASON = 1000;

  private final ClaimRepository claims;
  private final OrcidLinks orcidLinks;
  private final Catalog catalog;
  private final Accounts accounts;
  private final Clock clock;

  Claims(
      ClaimRepository claims,
      OrcidLinks orcidLinks,
      Catalog catalog,
      Accounts accounts,
      Clock clock) {
    this.claims = claims;
    this.orcidLinks = orcidLinks;
    this.catalog = catalog;
    this.accounts = accounts;
    this.clock = clock;
  }

  /** How a new claim is verified at once, and why in words. */
  private record AtOnce(Verification by, String why) {}

  /**
   * The user claims to be the author at the position (1-based) or, when it is null, the author with
   * that name.
   */
  @Transactional
  Claim claim(AccountView user, long paperId, Integer position, String authorName) {
    List<PaperRecord.Author> authors = authorsOf(paperId);
    int index = chosenAuthor(authors, position, authorName);
    PaperRecord.Author author = authors.get(index);
    int claimedPosition = index + 1;
    List<Claim> existing = claims.ofPaper(paperId);
    for (Claim other : existing) {
      if (other.accountId() == user.id() && other.open()) {
        throw new ClaimRefused(
            HttpStatus.CONFLICT,
            "You already claim author %d (%s) of this paper (%s); withdraw that claim first"
                .formatted(
                    other.authorPosition(),
                    other.authorName(),
                    other.status().name().toLowerCase(Locale.ROOT)));
      }
    }
    refuseIfVerifiedForOther(existing, claimedPosition, user.id());
    Optional<AtOnce> atOnce = verifiedAtOnce(user.id(), author);
    var now = clock.instant();
    Claim claim =
        unlessRaced(
            () ->
                claims.insert(
                    new Claim(
                        0,
                        paperId,
                        user.id(),
                        user.username(),
                        claimedPosition,
                        byline(author),
                        atOnce.isPresent() ? ClaimStatus.VERIFIED : ClaimStatus.PENDING,
                        atOnce.map(AtOnce::by).orElse(null),
                        atOnce.map(match -> "Verified at once: " + match.why() + ".").orElse(null),
                        null,
                        now,
                        atOnce.isPresent() ? now : null)));
    if (claim.verified()) {
      accounts.grantRole(user.id(), Role.VERIFIED_AUTHOR, ROLE_GRANTOR);
    }
    return claim;
  }

  /**
   * The account's waiting claims on authors whose ORCID iD in the catalogue is the one the account
   * just linked become verified (unless someone else is verified as that author already).
   */
  @Transactional
  List<Claim> verifyByOrcid(long accountId, OrcidId orcid) {
    List<Claim> verified = new ArrayList<>();
    for (Claim mine : claims.ofAccount(accountId)) {
      Claim claim = claims.lock(mine.id()).orElse(null);
      if (claim == null
          || claim.status() != ClaimStatus.PENDING
          || !orcid.equals(authorOrcid(claim).orElse(null))
          || verifiedForOther(claims.ofPaper(claim.paperId()), claim)) {
        continue;
      }
      unlessRaced(
          () -> {
            claims.decide(
                claim,
                ClaimStatus.VERIFIED,
                Verification.ORCID,
                "Verified: " + orcidReason(orcid) + ".",
                null,
                clock.instant());
            return claim;
          });
      verified.add(claims.byId(claim.id()).orElseThrow());
    }
    if (!verified.isEmpty()) {
      accounts.grantRole(accountId, Role.VERIFIED_AUTHOR, ROLE_GRANTOR);
    }
    return verified;
  }

  /** A moderator approves a waiting claim: the claimant is a verified author of the paper. */
  @Transactional
  Claim approve(long claimId, AccountView moderator) {
    Claim claim = locked(claimId);
    if (claim.status() != ClaimStatus.PENDING) {
      throw new ClaimRefused(
          HttpStatus.CONFLICT,
          "Claim %d is %s already; only a waiting claim can be approved"
              .formatted(claimId, claim.status().name().toLowerCase(Locale.ROOT)));
    }
    refuseIfVerifiedForOther(
        claims.ofPaper(claim.paperId()), claim.authorPosition(), claim.accountId());
    unlessRaced(
        () -> {
          claims.decide(
              claim,
              ClaimStatus.VERIFIED,
              Verification.MODERATOR,
              "Approved by a moderator.",
              moderator.username(),
              clock.instant());
          return claim;
        });
    accounts.grantRole(claim.accountId(), Role.VERIFIED_AUTHOR, ROLE_GRANTOR);
    return claims.byId(claimId).orElseThrow();
  }

  /**
   * A moderator rejects a waiting or verified claim with a reason the claimant sees; a verified
   * author with no verified claim left loses the role the claims gave.
   */
  @Transactional
  Claim reject(long claimId, String reason, AccountView moderator) {
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      throw ClaimRefused.field("reason", "Give the reason for rejecting, for the claimant to read");
    }
    if (why.length() > MAX_REASON) {
      throw ClaimRefused.field(
          "reason",
          "The reason is %d characters long; at most %d fit".formatted(why.length(), MAX_REASON));
    }
    Claim claim = locked(claimId);
    if (claim.status() == ClaimStatus.REJECTED) {
      throw new ClaimRefused(
          HttpStatus.CONFLICT, "Claim %d is rejected already".formatted(claimId));
    }
    claims.decide(claim, ClaimStatus.REJECTED, null, why, moderator.username(), clock.instant());
    if (claim.verified()) {
      withdrawRoleIfLast(claim.accountId());
    }
    return claims.byId(claimId).orElseThrow();
  }

  /** The user withdraws their own claim. */
  @Transactional
  void withdraw(long claimId, AccountView user) {
    Claim claim = locked(claimId);
    if (claim.accountId() != user.id()) {
      throw new ClaimRefused(
          HttpStatus.FORBIDDEN,
          "Claim %d is someone else's; you can withdraw only your own".formatted(claimId));
    }
    claims.delete(claimId);
    if (claim.verified()) {
      withdrawRoleIfLast(claim.accountId());
    }
  }

  /** A paper's claims, by byline position. */
  @Transactional(readOnly = true)
  List<Claim> ofPaper(long paperId) {
    authorsOf(paperId);
    return claims.ofPaper(paperId);
  }

  /** The account's claims, newest first. */
  @Transactional(readOnly = true)
  List<Claim> ofAccount(long accountId) {
    return claims.ofAccount(accountId);
  }

  /** The papers these claims are on, by id, as lists show them (deleted papers left out). */
  Map<Long, PaperSummary> papersOf(List<Claim> shown) {
    return catalog.summaries(shown.stream().map(Claim::paperId).distinct().toList()).stream()
        .collect(Collectors.toMap(PaperSummary::id, Function.identity()));
  }

  /** Up to {@code limit} claims waiting for a moderator after the given id, oldest first. */
  @Transactional(readOnly = true)
  List<Claim> waiting(long afterId, int limit) {
    return claims.pendingAfter(afterId, limit);
  }

  /** A deleted account's claims go; its roles went with the account. */
  @Transactional
  void forgetAccount(long accountId) {
    claims.deleteOfAccount(accountId);
  }

  /** Deleted papers' claims go; their claimants may lose the role the claims gave. */
  @Transactional
  void forgetPapers(List<Long> paperIds) {
    claims.deleteOfPapers(paperIds).forEach(this::withdrawRoleIfLast);
  }

  /**
   * Runs a write the checks above allowed; when another request made a conflicting one in the
   * meantime, the table's unique keys refuse it and the caller hears 409.
   */
  private static Claim unlessRaced(Supplier<Claim> write) {
    try {
      return write.get();
    } catch (DuplicateKeyException e) {
      throw new ClaimRefused(
          HttpStatus.CONFLICT,
          "Another claim on this paper was made or verified at the same moment; reload the paper"
              + " and try again");
    }
  }

  /**
   * The linked ORCID iD, else a confirmed address at the affiliation's domain, verifies at once.
   */
  private Optional<AtOnce> verifiedAtOnce(long accountId, PaperRecord.Author author) {
    Optional<OrcidId> authorOrcid = OrcidId.parse(author.orcid());
    Optional<AtOnce> byOrcid =
        orcidLinks
            .ofAccount(accountId)
            .map(link -> new OrcidId(link.orcid()))
            .filter(linked -> authorOrcid.filter(linked::equals).isPresent())
            .map(linked -> new AtOnce(Verification.ORCID, orcidReason(linked)));
    if (byOrcid.isPresent()) {
      return byOrcid;
    }
    return accounts
        .confirmedEmail(accountId)
        .flatMap(email -> AffiliationDomains.match(author.affiliation(), email))
        .map(why -> new AtOnce(Verification.EMAIL_DOMAIN, why));
  }

  private static String orcidReason(OrcidId orcid) {
    return "your linked ORCID iD " + orcid.value() + " is this author's";
  }

  /** The ORCID iD the catalogue gives for the claimed author, when the paper is still there. */
  private Optional<OrcidId> authorOrcid(Claim claim) {
    return catalog
        .paper(claim.paperId())
        .map(paper -> paper.record().authors())
        .filter(authors -> claim.authorPosition() <= authors.size())
        .flatMap(authors -> OrcidId.parse(authors.get(claim.authorPosition() - 1).orcid()));
  }

  private static boolean verifiedForOther(List<Claim> existing, Claim claim) {
    return existing.stream()
        .anyMatch(
            other ->
                other.verified()
                    && other.authorPosition() == claim.authorPosition()
                    && other.accountId() != claim.accountId());
  }

  private void withdrawRoleIfLast(long accountId) {
    if (!claims.hasVerified(accountId)) {
      accounts.revokeRoleGrantedBy(accountId, Role.VERIFIED_AUTHOR, ROLE_GRANTOR);
    }
  }

  private Claim locked(long claimId) {
    return claims
        .lock(claimId)
        .orElseThrow(() -> new ClaimRefused(HttpStatus.NOT_FOUND, "No claim has id " + claimId));
  }

  private List<PaperRecord.Author> authorsOf(long paperId) {
    return catalog
        .paper(paperId)
        .orElseThrow(() -> new ClaimRefused(HttpStatus.NOT_FOUND, "No paper has id " + paperId))
        .record()
        .authors();
  }

  private static void refuseIfVerifiedForOther(List<Claim> existing, int position, long accountId) {
    for (Claim other : existing) {
      if (other.verified()
          && other.authorPosition() == position
          && other.accountId() != accountId) {
        throw new ClaimRefused(
            HttpStatus.CONFLICT,
            "Author %d (%s) of this paper is verified as %s already; if that is wrong, ask a"
                    .formatted(position, other.authorName(), other.username())
                + " moderator");
      }
    }
  }

  /** The 0-based index of the author the claimant names, by position or by name. */
  private static int chosenAuthor(
      List<PaperRecord.Author> authors, Integer position, String authorName) {
    if (authors.isEmpty()) {
      throw ClaimRefused.field("authorPosition", "This paper lists no authors to claim");
    }
    if (position != null) {
      if (position < 1 || position > authors.size()) {
        throw ClaimRefused.field(
            "authorPosition",
            "authorPosition %d is not in the byline: this paper lists authors 1 to %d"
                .formatted(position, authors.size()));
      }
      return position - 1;
    }
    if (authorName == null || authorName.isBlank()) {
      throw ClaimRefused.field(
          "authorPosition",
          "Say which author you are: authorPosition (1 for the first author) or authorName");
    }
    String wanted = normalised(authorName);
    List<Integer> named =
        IntStream.range(0, authors.size())
            .filter(i -> normalised(authors.get(i).displayName()).equals(wanted))
            .boxed()
            .toList();
    if (named.size() != 1) {
      throw ClaimRefused.field(
          "authorName",
          named.isEmpty()
              ? "No author of this paper is named '%s'; give the name as the byline prints it, or authorPosition"
                  .formatted(authorName.strip())
              : "%d authors of this paper are named '%s'; give authorPosition instead"
                  .formatted(named.size(), authorName.strip()));
    }
    return named.get(0);
  }

  /** The author's name as the byline prints it, within the column's 1000 characters. */
  private static String byline(PaperRecord.Author author) {
    String name = author.displayName();
    return name.length() <= 1000 ? name : name.substring(0, 1000);
  }

  private static String normalised(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
