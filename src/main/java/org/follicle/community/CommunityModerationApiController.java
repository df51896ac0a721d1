package org.follicle.community;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import org.follicle.account.AccountView;
import org.follicle.account.CurrentUser;
import org.follicle.account.RateLimits;
import org.follicle.account.Role;
import org.follicle.community.ModerationResources.BanInput;
import org.follicle.community.ModerationResources.BanResource;
import org.follicle.community.ModerationResources.Dismissal;
import org.follicle.community.ModerationResources.FlagInput;
import org.follicle.community.ModerationResources.FlagResource;
import org.follicle.community.ModerationResources.History;
import org.follicle.community.ModerationResources.Log;
import org.follicle.community.ModerationResources.LogResource;
import org.follicle.community.ModerationResources.Queue;
import org.follicle.community.ModerationResources.QueueEntry;
import org.follicle.community.ModerationResources.ReasonInput;
import org.follicle.community.ModerationResources.RemovalResource;
import org.follicle.community.ModerationResources.Version;
import org.follicle.web.NextPageLink;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Community moderation as JSON: readers flag posts and comments and read posts' edit histories;
 * moderators work the queue, remove and restore, ban and read the log.
 */
@RestController
@Tag(
    name = "Community moderation",
    description = "Flags, the moderation queue, removals, bans, the log and edit histories")
class CommunityModerationApiController {

  private static final String KINDS = "{kind:posts|comments}";

  private final CommunityModeration moderation;
  private final PostHistory history;
  private final Community community;
  private final CurrentUser currentUser;
  private final RateLimits rateLimits;

  CommunityModerationApiController(
      CommunityModeration moderation,
      PostHistory history,
      Community community,
      CurrentUser currentUser,
      RateLimits rateLimits) {
    this.moderation = moderation;
    this.history = history;
    this.community = community;
    this.currentUser = currentUser;
    this.rateLimits = rateLimits;
  }

  @PostMapping("/api/community/" + KINDS + "/{id}/flags")
  @Operation(
      summary = "Flag a post or comment for the moderators",
      description =
          "reason: spam, harassment, misinformation, off-topic or other; note: optional (at most"
              + " 1,000 characters). Once per reader and item (409 after); rate-limited (policy"
              + " 'flagging').")
  ResponseEntity<FlagResource> flag(
      @PathVariable String kind, @PathVariable long id, @RequestBody FlagInput input) {
    AccountView reader = currentUser.requireAccount(Role.READER);
    rateLimits.consume("flagging");
    Flag flag =
        moderation.flag(reader, ModerationTarget.ofPath(kind), id, input.reason(), input.note());
    return ResponseEntity.created(URI.create("/api/community/" + kind + "/" + id + "/flag"))
        .body(FlagResource.of(flag));
  }

  @GetMapping("/api/community/" + KINDS + "/{id}/flag")
  @Operation(summary = "Your flag on a post or comment (404 when you have not flagged it)")
  FlagResource myFlag(@PathVariable String kind, @PathVariable long id) {
    AccountView reader = currentUser.requireAccount(Role.READER);
    return FlagResource.of(moderation.myFlag(reader, ModerationTarget.ofPath(kind), id));
  }

  @GetMapping("/api/community/posts/{id}/history")
  @Operation(
      summary = "A post's versions, newest first, with who wrote each and when",
      description = "Each version's title and body changes against the one before, word by word.")
  History history(@PathVariable long id) {
    PostRow post = community.post(id);
    moderation.removalShownTo(post, viewer());
    return new History(id, history.of(post).stream().map(Version::of).toList());
  }

  @GetMapping("/api/moderation/community/queue")
  @Operation(
      summary = "Flagged posts and comments, most flags first (moderator)",
      description = "Follow 'next' (also in the Link header) for more.")
  ResponseEntity<Queue> queue(
      @Parameter(description = "The 'next' value of the previous page")
          @RequestParam(required = false)
          String cursor,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
    currentUser.require(Role.MODERATOR);
    CommunityModeration.QueuePage page = moderation.queue(cursor, limit);
    return withNext(
        new Queue(page.items().stream().map(QueueEntry::of).toList(), page.next()), page.next());
  }

  @PostMapping("/api/moderation/community/" + KINDS + "/{id}/dismiss")
  @Operation(
      summary = "Dismiss a post's or comment's open flags, with an optional reason (moderator)")
  Dismissal dismiss(
      @PathVariable String kind, @PathVariable long id, @RequestBody ReasonInput input) {
    AccountView moderator = currentUser.require(Role.MODERATOR);
    int flags = moderation.dismiss(moderator, ModerationTarget.ofPath(kind), id, input.reason());
    return new Dismissal(kind.substring(0, kind.length() - 1), id, flags);
  }

  @PostMapping("/api/moderation/community/" + KINDS + "/{id}/remove")
  @Operation(
      summary = "Remove a post or comment, with a reason its author reads (moderator)",
      description =
          "Hidden from everyone but its author and moderators; a comment keeps its place as"
              + " '[removed by a moderator]'. The author is notified.")
  RemovalResource remove(
      @PathVariable String kind, @PathVariable long id, @RequestBody ReasonInput input) {
    AccountView moderator = currentUser.require(Role.MODERATOR);
    return RemovalResource.of(
        moderation.remove(moderator, ModerationTarget.ofPath(kind), id, input.reason()));
  }

  @PostMapping("/api/moderation/community/" + KINDS + "/{id}/restore")
  @Operation(summary = "Restore a removed post or comment (moderator)")
  ResponseEntity<Void> restore(
      @PathVariable String kind, @PathVariable long id, @RequestBody ReasonInput input) {
    AccountView moderator = currentUser.require(Role.MODERATOR);
    moderation.restore(moderator, ModerationTarget.ofPath(kind), id, input.reason());
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/moderation/community/bans")
  @Operation(summary = "The bans in force, newest first (moderator)")
  List<BanResource> bans() {
    currentUser.require(Role.MODERATOR);
    return moderation.bans().stream().map(BanResource::of).toList();
  }

  @PostMapping("/api/moderation/community/bans")
  @Operation(
      summary = "Ban an account from the community (moderator)",
      description =
          "It may still read, but posting, commenting, voting and flagging answer 403 with the"
              + " reason. until: an ISO date (UTC) the ban ends on; left out, until lifted. A new"
              + " ban of the same account replaces the old.")
  ResponseEntity<BanResource> ban(@RequestBody BanInput input) {
    AccountView moderator = currentUser.require(Role.MODERATOR);
    if (input.accountId() == null) {
      throw CommunityProblem.field("accountId", "accountId is missing; name the account to ban");
    }
    Ban ban = moderation.ban(moderator, input.accountId(), input.reason(), input.until());
    return ResponseEntity.created(URI.create("/api/moderation/community/bans/" + ban.accountId()))
        .body(BanResource.of(ban));
  }

  @GetMapping("/api/moderation/community/bans/{accountId}")
  @Operation(summary = "An account's ban in force (moderator)")
  BanResource banOf(@PathVariable long accountId) {
    currentUser.require(Role.MODERATOR);
    return BanResource.of(moderation.banOf(accountId));
  }

  @DeleteMapping("/api/moderation/community/bans/{accountId}")
  @Operation(summary = "Lift an account's ban (moderator)")
  ResponseEntity<Void> unban(
      @PathVariable long accountId, @RequestParam(required = false) String reason) {
    AccountView moderator = currentUser.require(Role.MODERATOR);
    moderation.unban(moderator, accountId, reason);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/moderation/community/log")
  @Operation(
      summary = "What moderators did, newest first (moderator)",
      description = "Follow 'next' (also in the Link header) for older entries.")
  ResponseEntity<Log> log(
      @Parameter(description = "The 'next' value of the previous page")
          @RequestParam(required = false)
          String cursor,
      @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
    currentUser.require(Role.MODERATOR);
    CommunityModeration.LogPage page = moderation.log(cursor, limit);
    return withNext(
        new Log(page.entries().stream().map(LogResource::of).toList(), page.next()), page.next());
  }

  private static <T> ResponseEntity<T> withNext(T body, String next) {
    return NextPageLink.add(ResponseEntity.ok(), next).body(body);
  }

  private AccountView viewer() {
    return currentUser.current().orElse(null);
  }
}
