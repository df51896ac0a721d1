package org.follicle.community;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The JSON shapes of flags, the moderation queue, removals, bans, the log and post histories. */
final class ModerationResources {

  private ModerationResources() {}

  /** A flag: reason (spam, harassment, misinformation, off-topic or other) and an optional note. */
  record FlagInput(String reason, String note) {}

  /** Why a moderator acts: required to remove or ban, optional to dismiss, restore or unban. */
  record ReasonInput(String reason) {}

  /** A ban of an account: why, and the day it ends (ISO date, UTC; left out: until lifted). */
  record BanInput(Long accountId, String reason, LocalDate until) {}

  /** A reader's flag. */
  record FlagResource(String reason, String note, String flagger, Instant flaggedAt) {
    static FlagResource of(Flag flag) {
      return new FlagResource(flag.reason(), flag.note(), flag.flagger(), flag.flaggedAt());
    }
  }

  /** A flagged post or comment with its open flags; {@code link} is its place on the site. */
  record QueueEntry(
      String kind,
      long id,
      long postId,
      String postTitle,
      String body,
      String bodyHtml,
      Long authorId,
      String author,
      int flagCount,
      List<FlagResource> flags,
      String link) {
    static QueueEntry of(QueueItem item) {
      return new QueueEntry(
          item.kind(),
          item.id(),
          item.postId(),
          item.postTitle(),
          item.body(),
          item.bodyHtml(),
          item.authorId(),
          item.author(),
          item.flagCount(),
          item.flags().stream().map(FlagResource::of).toList(),
          item.link());
    }
  }

  /** A page of the queue, most flags first. */
  record Queue(List<QueueEntry> items, String next) {}

  /** How many open flags a dismissal resolved. */
  record Dismissal(String kind, long id, int flagsDismissed) {}

  /** A removal; reason and moderator are null for readers who may not see them. */
  record RemovalResource(String reason, String moderator, Instant removedAt) {
    static RemovalResource of(Removal removal) {
      return removal == null
          ? null
          : new RemovalResource(removal.reason(), removal.moderator(), removal.removedAt());
    }
  }

  /** A removed comment of a thread: its text reads "[removed by a moderator]" for others. */
  record RemovedComment(long id, RemovalResource removal) {}

  /** A ban; {@code endsAt} null means until a moderator lifts it. */
  record BanResource(
      long accountId,
      String accountName,
      String reason,
      String moderator,
      Instant bannedAt,
      Instant endsAt) {
    static BanResource of(Ban ban) {
      return new BanResource(
          ban.accountId(),
          ban.accountName(),
          ban.reason(),
          ban.moderator(),
          ban.bannedAt(),
          ban.endsAt());
    }
  }

  /** A moderator's action: action is dismiss, remove, restore, ban or unban. */
  record LogResource(
      long id,
      String moderator,
      String action,
      String targetKind,
      long targetId,
      Long postId,
      String targetLabel,
      String reason,
      Instant actedAt) {
    static LogResource of(LogEntry entry) {
      return new LogResource(
          entry.id(),
          entry.moderator(),
          entry.action().code(),
          entry.targetKind(),
          entry.targetId(),
          entry.postId(),
          entry.targetLabel(),
          entry.reason(),
          entry.actedAt());
    }
  }

  /** A page of the log, newest first. */
  record Log(List<LogResource> items, String next) {}

  /** A run of words and how it changed: kept, removed or added. */
  record Change(String change, String text) {
    static List<Change> of(List<WordChanges.Piece> pieces) {
      return pieces.stream()
          .map(piece -> new Change(piece.change().name().toLowerCase(), piece.text()))
          .toList();
    }
  }

  /** One version of a post with its word changes against the previous one. */
  record Version(
      int number,
      String title,
      String body,
      String author,
      Instant writtenAt,
      List<Change> titleChanges,
      List<Change> bodyChanges) {
    static Version of(PostVersion version) {
      return new Version(
          version.number(),
          version.title(),
          version.body(),
          version.author(),
          version.writtenAt(),
          Change.of(version.titleChanges()),
          Change.of(version.bodyChanges()));
    }
  }

  /** A post's versions, newest first. */
  record History(long postId, List<Version> versions) {}
}
