package org.follicle.community;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.follicle.account.AccountView;
import org.follicle.account.Accounts;
import org.follicle.account.Role;
import org.follicle.notification.Notifications;
import org.follicle.web.PageCursors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The community's moderation: readers flag posts and comments; moderators work through the queue of
 * flagged items, dismiss flags, remove items with a reason (their authors still see them, with the
 * reason, and are told), restore them, and ban accounts; every action goes into the log. It also
 * says what a removed item shows to whom, and keeps banned accounts from taking part.
 */
@Service
class CommunityModeration {

  static final int MAX_REASON = 1000;
  static final int MAX_NOTE = 1000;
  static final String REMOVED_TEXT = "[removed by a moderator]";
  private static final String QUEUE_CURSOR = "community-queue:";
  private static final String LOG_CURSOR = "community-log:";

  /** A page of the queue and the cursor of the next (null at the end). */
  record QueuePage(List<QueueItem> items, String next) {}

  /** A page of the log, newest first, and the cursor of the next (null at the end). */
  record LogPage(List<LogEntry> entries, String next) {}

  /** A comment tree as one viewer sees it, and the removals of its removed comments by id. */
  record ThreadView(List<CommentNode> comments, Map<Long, Removal> removals) {}

  /** A post or comment as moderation sees it. */
  private record Item(
      ModerationTarget target, long id, PostRow post, Long authorId, String authorName) {

    String label() {
      String title = target == ModerationTarget.POST ? post.title() : "comment on " + post.title();
      return title.length() <= 300 ? title : title.substring(0, 299) + "…";
    }

    String link() {
      return "/community/posts/"
          + post.id()
          + (target == ModerationTarget.COMMENT ? "#comment-" + id : "");
    }
  }

  private final ModerationStore store;
  private final CommunityStore community;
  private final Accounts accounts;
  private final Notifications notifications;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  CommunityModeration(
      ModerationStore store,
      CommunityStore community,
      Accounts accounts,
      Notifications notifications,
      Clock clock,
      ApplicationEventPublisher events) {
    this.store = store;
    this.community = community;
    this.accounts = accounts;
    this.notifications = notifications;
    this.clock = clock;
    this.events = events;
  }

  /** A reader flags a post or comment, once; a removed one cannot be flagged. */
  @Transactional
  Flag flag(AccountView reader, ModerationTarget target, long id, String reason, String note) {
    requireNotBanned(reader);
    FlagReason why = FlagReason.of(reason);
    String cleanNote = FieldText.optional("note", note, MAX_NOTE);
    Item item = item(target, id);
    removalShownTo(item.post(), reader);
    if (store.removal(target, id).isPresent()) {
      throw CommunityProblem.conflict(
          "target", "%s %d was removed by a moderator already".formatted(target.code(), id));
    }
    if (item.authorId() != null && item.authorId() == reader.id()) {
      throw CommunityProblem.field(
          "target", "you wrote %s %d; delete or edit it instead".formatted(target.code(), id));
    }
    if (store.flag(target, id, reader.id()).isPresent()) {
      throw alreadyFlagged(target, id);
    }
    try {
      store.insertFlag(target, id, reader.id(), reader.displayName(), why, cleanNote, now());
    } catch (DuplicateKeyException twice) {
      throw alreadyFlagged(target, id);
    }
    return store.flag(target, id, reader.id()).orElseThrow();
  }

  @Transactional(readOnly = true)
  Flag myFlag(AccountView reader, ModerationTarget target, long id) {
    return store
        .flag(target, id, reader.id())
        .orElseThrow(
            () ->
                CommunityProblem.notFound(
                    "You have not flagged %s %d".formatted(target.code(), id)));
  }

  /** Flagged items that wait for a moderator, most flags first. */
  @Transactional(readOnly = true)
  QueuePage queue(String cursor, int limit) {
    List<ModerationStore.QueueKey> keys = store.queue(queueKey(cursor), limit + 1);
    boolean more = keys.size() > limit;
    List<ModerationStore.QueueKey> shown = more ? keys.subList(0, limit) : keys;
    List<QueueItem> items = new ArrayList<>();
    for (ModerationStore.QueueKey key : shown) {
      Item item = item(key.target(), key.id());
      String body =
          key.target() == ModerationTarget.POST
              ? item.post().body()
              : community.comment(key.id()).orElseThrow().body();
      items.add(
          new QueueItem(
              key.target(),
              key.id(),
              item.post().id(),
              item.post().title(),
              body,
              item.authorId(),
              item.authorName(),
              key.flags(),
              store.openFlags(key.target(), key.id())));
    }
    String next = null;
    if (more) {
      ModerationStore.QueueKey last = shown.get(shown.size() - 1);
      next =
          PageCursors.encode(
              QUEUE_CURSOR, last.flags() + ":" + last.target().code() + ":" + last.id());
    }
    return new QueuePage(items, next);
  }

  /**
   * The moderator finds nothing wrong: the open flags leave the queue (their readers may not flag
   * it again).
   */
  @Transactional
  int dismiss(AccountView moderator, ModerationTarget target, long id, String reason) {
    Item item = item(target, id);
    String why = FieldText.optional("reason", reason, MAX_REASON);
    int flags = store.resolveFlags(target, id, now());
    if (flags == 0) {
      throw CommunityProblem.conflict(
          "target", "%s %d has no open flags to dismiss".formatted(target.code(), id));
    }
    log(moderator, ModerationAction.DISMISS, item, why.isEmpty() ? flags + " flags" : why);
    return flags;
  }

  /** Removes the item for everyone but its author and the moderators, and tells the author why. */
  @Transactional
  Removal remove(AccountView moderator, ModerationTarget target, long id, String reason) {
    Item item = item(target, id);
    String why = FieldText.required("reason", reason, MAX_REASON, "say why");
    if (store.removal(target, id).isPresent()) {
      throw CommunityProblem.conflict(
          "target", "%s %d was removed already".formatted(target.code(), id));
    }
    store.insertRemoval(target, id, accountId(moderator), moderator.displayName(), why, now());
    Long discussed = target == ModerationTarget.POST ? item.post().discussionPaperId() : null;
    if (discussed != null) {
      store.keepDiscussion(id, discussed);
      store.setDiscussion(id, null);
    }
    store.resolveFlags(target, id, now());
    log(moderator, ModerationAction.REMOVE, item, why);
    moderated(target, id);
    tellAuthor(
        item,
        "A moderator removed your %s “%s”: %s".formatted(target.code(), item.post().title(), why));
    return store.removal(target, id).orElseThrow();
  }

  private void moderated(ModerationTarget target, long id) {
    if (target == ModerationTarget.POST) {
      events.publishEvent(new PostModerated(id));
    }
  }

  /** Shows a removed item to everyone again. */
  @Transactional
  void restore(AccountView moderator, ModerationTarget target, long id, String reason) {
    Item item = item(target, id);
    String why = FieldText.optional("reason", reason, MAX_REASON);
    Optional<Long> discussed =
        target == ModerationTarget.POST ? store.keptDiscussion(id) : Optional.empty();
    if (!store.deleteRemoval(target, id)) {
      throw CommunityProblem.conflict(
          "target", "%s %d is not removed".formatted(target.code(), id));
    }
    // It is the study's discussion again unless another was opened meanwhile.
    discussed
        .filter(paperId -> community.discussionOf(paperId).isEmpty())
        .ifPresent(paperId -> store.setDiscussion(id, paperId));
    log(moderator, ModerationAction.RESTORE, item, why);
    moderated(target, id);
    tellAuthor(
        item, "A moderator restored your %s “%s”".formatted(target.code(), item.post().title()));
  }

  /**
   * Bans the account from posting, commenting, voting and flagging, until the day given or lifted.
   */
  @Transactional
  Ban ban(AccountView moderator, long accountId, String reason, LocalDate until) {
    String why = FieldText.required("reason", reason, MAX_REASON, "say why");
    if (accountId == moderator.id()) {
      throw CommunityProblem.field("accountId", "moderators cannot ban themselves");
    }
    String name =
        accounts
            .contact(accountId)
            .map(contact -> contact.name())
            .orElseThrow(() -> CommunityProblem.notFound("There is no account " + accountId));
    Instant ends = until == null ? null : until.atStartOfDay(ZoneOffset.UTC).toInstant();
    if (ends != null && !ends.isAfter(now())) {
      throw CommunityProblem.field("until", "a ban ends on a day after today, not on " + until);
    }
    Ban ban =
        new Ban(accountId, FieldText.cut(name, 80), why, moderator.displayName(), now(), ends);
    store.putBan(ban, accountId(moderator));
    store.log(
        accountId(moderator),
        moderator.displayName(),
        ModerationAction.BAN,
        "account",
        accountId,
        null,
        ban.accountName(),
        ends == null ? why : why + " (until " + until + ")",
        now());
    notifications.notify(accountId, "community-ban", ban.refusal(), "/community");
    return ban;
  }

  @Transactional
  void unban(AccountView moderator, long accountId, String reason) {
    Ban ban = banOf(accountId);
    store.deleteBan(accountId);
    store.log(
        accountId(moderator),
        moderator.displayName(),
        ModerationAction.UNBAN,
        "account",
        accountId,
        null,
        ban.accountName(),
        FieldText.optional("reason", reason, MAX_REASON),
        now());
    notifications.notify(
        accountId, "community-ban", "Your ban from the community was lifted", "/community");
  }

  @Transactional(readOnly = true)
  List<Ban> bans() {
    return store.activeBans(now());
  }

  @Transactional(readOnly = true)
  Ban banOf(long accountId) {
    return store
        .activeBan(accountId, now())
        .orElseThrow(() -> CommunityProblem.notFound("Account " + accountId + " is not banned"));
  }

  @Transactional(readOnly = true)
  LogPage log(String cursor, int limit) {
    long before;
    try {
      before = PageCursors.decodeLong(LOG_CURSOR, cursor, Long.MAX_VALUE);
    } catch (IllegalArgumentException e) {
      throw CommunityProblem.field("cursor", e.getMessage());
    }
    List<LogEntry> rows = store.logPage(before, limit + 1);
    boolean more = rows.size() > limit;
    List<LogEntry> shown = more ? rows.subList(0, limit) : rows;
    return new LogPage(
        shown, more ? PageCursors.encode(LOG_CURSOR, shown.get(shown.size() - 1).id()) : null);
  }

  /** Refuses (403, saying until when and why) an account banned from the community. */
  @Transactional(readOnly = true)
  void requireNotBanned(AccountView user) {
    Optional<Ban> ban = store.activeBan(user.id(), now());
    if (ban.isPresent()) {
      throw CommunityProblem.forbidden(ban.get().refusal());
    }
  }

  /**
   * The post's removal, if the viewer may see the removed post (its author or a moderator); a
   * removed post is not found for anyone else.
   */
  @Transactional(readOnly = true)
  Optional<Removal> removalShownTo(PostRow post, AccountView viewer) {
    Optional<Removal> removal = store.removal(ModerationTarget.POST, post.id());
    if (removal.isPresent() && !maySee(viewer, post.authorId())) {
      throw CommunityProblem.notFound("Post " + post.id() + " was removed by a moderator");
    }
    return removal;
  }

  /**
   * The post's comment tree as the viewer sees it: a removed comment keeps its place, with its text
   * replaced by "[removed by a moderator]" and its removal's reason hidden, unless the viewer wrote
   * it or moderates.
   */
  @Transactional(readOnly = true)
  ThreadView thread(long postId, AccountView viewer) {
    Map<Long, Removal> removed = store.commentRemovals(postId);
    Map<Long, Removal> removals = new HashMap<>();
    List<CommentRow> rows = new ArrayList<>();
    for (CommentRow comment : community.comments(postId)) {
      Removal removal = removed.get(comment.id());
      boolean readable = removal == null || maySee(viewer, comment.authorId());
      rows.add(readable ? comment : masked(comment));
      if (removal != null) {
        removals.put(
            comment.id(), readable ? removal : new Removal(null, null, removal.removedAt()));
      }
    }
    return new ThreadView(CommentNode.tree(rows), removals);
  }

  /** One comment as the viewer sees it. */
  @Transactional(readOnly = true)
  CommentRow comment(CommentRow comment, AccountView viewer) {
    return shown(
        comment, store.removal(ModerationTarget.COMMENT, comment.id()).isPresent(), viewer);
  }

  static boolean maySee(AccountView viewer, Long authorId) {
    return viewer != null
        && (viewer.has(Role.MODERATOR) || (authorId != null && authorId == viewer.id()));
  }

  private static CommentRow shown(CommentRow comment, boolean removed, AccountView viewer) {
    return !removed || maySee(viewer, comment.authorId()) ? comment : masked(comment);
  }

  private static CommentRow masked(CommentRow comment) {
    return new CommentRow(
        comment.id(),
        comment.postId(),
        comment.parentId(),
        comment.authorId(),
        comment.authorName(),
        REMOVED_TEXT,
        comment.score(),
        comment.createdAt());
  }

  private Item item(ModerationTarget target, long id) {
    if (target == ModerationTarget.POST) {
      PostRow post =
          community.post(id).orElseThrow(() -> CommunityProblem.notFound("There is no post " + id));
      return new Item(target, id, post, post.authorId(), post.author());
    }
    CommentRow comment =
        community
            .comment(id)
            .orElseThrow(() -> CommunityProblem.notFound("There is no comment " + id));
    return new Item(
        target,
        id,
        community.post(comment.postId()).orElseThrow(),
        comment.authorId(),
        comment.author());
  }

  private void tellAuthor(Item item, String title) {
    if (item.authorId() != null) {
      notifications.notify(item.authorId(), "community-moderation", title, item.link());
    }
  }

  private void log(AccountView moderator, ModerationAction action, Item item, String reason) {
    store.log(
        accountId(moderator),
        moderator.displayName(),
        action,
        item.target().code(),
        item.id(),
        item.post().id(),
        item.label(),
        reason,
        now());
  }

  private ModerationStore.QueueKey queueKey(String cursor) {
    try {
      return PageCursors.decode(QUEUE_CURSOR, cursor)
          .map(
              value -> {
                String[] parts = value.split(":");
                return new ModerationStore.QueueKey(
                    ModerationTarget.ofCode(parts[1]),
                    Long.parseLong(parts[2]),
                    Integer.parseInt(parts[0]));
              })
          .orElse(null);
    } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
      throw CommunityProblem.field(
          "cursor",
          "cursor '%s' is not one this queue issued; use the 'next' value of a previous page"
              .formatted(cursor));
    }
  }

  private static CommunityProblem alreadyFlagged(ModerationTarget target, long id) {
    return CommunityProblem.conflict(
        "target",
        "you flagged %s %d already; a moderator will look at it".formatted(target.code(), id));
  }

  /** The moderator's account id, or null for the admin token, which has none. */
  private static Long accountId(AccountView moderator) {
    return moderator.isAccount() ? moderator.id() : null;
  }

  private Instant now() {
    return clock.instant();
  }
}
