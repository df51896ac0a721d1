package org.follicle.community;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Flags, removals, bans, the moderation log and posts' old versions in the database. */
@Repository
class ModerationStore {

  /**
   * The condition that keeps removed posts out of a list: append it with {@code and} to a query of
   * posts aliased {@code p}.
   */
  static final String POST_NOT_REMOVED =
      "not exists (select 1 from community_post_removal pr where pr.post_id = p.id)";

  /** The queue's order: most open flags first, then comments before posts, newest first. */
  record QueueKey(ModerationTarget target, long id, int flags) {}

  /** What a post said before one of its edits, and who made that edit when. */
  record OldVersion(String title, String body, String editor, Instant editedAt) {}

  private final JdbcClient jdbc;

  ModerationStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insertFlag(
      ModerationTarget target,
      long targetId,
      long flaggerId,
      String flaggerName,
      FlagReason reason,
      String note,
      Instant at) {
    jdbc.sql(
            "insert into "
                + target.flagTable()
                + " ("
                + target.key()
                + ", flagger_id, flagger_name, reason, note, flagged_at) values (?, ?, ?, ?, ?, ?)")
        .params(targetId, flaggerId, flaggerName, reason.code(), note, Timestamp.from(at))
        .update();
  }

  Optional<Flag> flag(ModerationTarget target, long targetId, long flaggerId) {
    return jdbc.sql(
            "select reason, note, flagger_name, flagged_at from "
                + target.flagTable()
                + " where "
                + target.key()
                + " = ? and flagger_id = ?")
        .params(targetId, flaggerId)
        .query(ModerationStore::flag)
        .optional();
  }

  List<Flag> openFlags(ModerationTarget target, long targetId) {
    return jdbc.sql(
            "select reason, note, flagger_name, flagged_at from "
                + target.flagTable()
                + " where "
                + target.key()
                + " = ? and resolved_at is null order by id")
        .param(targetId)
        .query(ModerationStore::flag)
        .list();
  }

  /** Marks the item's open flags as acted on and returns how many there were. */
  int resolveFlags(ModerationTarget target, long targetId, Instant at) {
    return jdbc.sql(
            "update "
                + target.flagTable()
                + " set resolved_at = ? where "
                + target.key()
                + " = ? and resolved_at is null")
        .params(Timestamp.from(at), targetId)
        .update();
  }

  /** A page of the queue after the key given (null: from the top). */
  List<QueueKey> queue(QueueKey after, int limit) {
    QueueKey from =
        after == null
            ? new QueueKey(ModerationTarget.POST, Long.MAX_VALUE, Integer.MAX_VALUE)
            : after;
    return jdbc.sql(
            "select kind, id, flags from ("
                + " select 'post' as kind, post_id as id, count(*) as flags from community_post_flag"
                + " where resolved_at is null group by post_id"
                + " union all"
                + " select 'comment' as kind, comment_id as id, count(*) as flags"
                + " from community_comment_flag where resolved_at is null group by comment_id"
                + ") q where flags < ? or (flags = ? and (kind > ? or (kind = ? and id < ?)))"
                + " order by flags desc, kind, id desc fetch first ? rows only")
        .params(
            from.flags(),
            from.flags(),
            from.target().code(),
            from.target().code(),
            from.id(),
            limit)
        .query(
            (rs, row) ->
                new QueueKey(
                    ModerationTarget.ofCode(rs.getString("kind")),
                    rs.getLong("id"),
                    rs.getInt("flags")))
        .list();
  }

  Optional<Removal> removal(ModerationTarget target, long targetId) {
    return jdbc.sql(
            "select reason, moderator_name, removed_at from "
                + target.removalTable()
                + " where "
                + target.key()
                + " = ?")
        .param(targetId)
        .query(ModerationStore::removal)
        .optional();
  }

  /** The removals of the post's comments, by comment id. */
  Map<Long, Removal> commentRemovals(long postId) {
    return jdbc
        .sql(
            "select r.comment_id, r.reason, r.moderator_name, r.removed_at from"
                + " community_comment_removal r join community_comment c on c.id = r.comment_id"
                + " where c.post_id = ?")
        .param(postId)
        .query((rs, row) -> Map.entry(rs.getLong("comment_id"), removal(rs, row)))
        .list()
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  void insertRemoval(
      ModerationTarget target,
      long targetId,
      Long moderatorId,
      String moderatorName,
      String reason,
      Instant at) {
    jdbc.sql(
            "insert into "
                + target.removalTable()
                + " ("
                + target.key()
                + ", moderator_id, moderator_name, reason, removed_at) values (?, ?, ?, ?, ?)")
        .params(targetId, moderatorId, moderatorName, reason, Timestamp.from(at))
        .update();
  }

  /** Remembers the study whose discussion the removed post was. */
  void keepDiscussion(long postId, long paperId) {
    jdbc.sql("update community_post_removal set discussion_paper_id = ? where post_id = ?")
        .params(paperId, postId)
        .update();
  }

  /** The study whose discussion the removed post was, if it was one. */
  Optional<Long> keptDiscussion(long postId) {
    return jdbc.sql(
            "select discussion_paper_id from community_post_removal where post_id = ?"
                + " and discussion_paper_id is not null")
        .param(postId)
        .query(Long.class)
        .optional();
  }

  /** Makes the post a study's discussion again, or not one (paperId null). */
  void setDiscussion(long postId, Long paperId) {
    jdbc.sql("update community_post set discussion_paper_id = ? where id = ?")
        .params(paperId, postId)
        .update();
  }

  boolean deleteRemoval(ModerationTarget target, long targetId) {
    return jdbc.sql("delete from " + target.removalTable() + " where " + target.key() + " = ?")
            .param(targetId)
            .update()
        == 1;
  }

  /** The account's ban if it is in force at the instant. */
  Optional<Ban> activeBan(long accountId, Instant now) {
    return jdbc.sql(
            "select "
                + BAN_COLUMNS
                + " from community_ban where account_id = ? and (ends_at is null or ends_at > ?)")
        .params(accountId, Timestamp.from(now))
        .query(ModerationStore::ban)
        .optional();
  }

  List<Ban> activeBans(Instant now) {
    return jdbc.sql(
            "select "
                + BAN_COLUMNS
                + " from community_ban where ends_at is null or ends_at > ? order by banned_at desc")
        .param(Timestamp.from(now))
        .query(ModerationStore::ban)
        .list();
  }

  /** Bans the account, replacing an earlier ban of it (in force or ended). */
  void putBan(Ban ban, Long moderatorId) {
    deleteBan(ban.accountId());
    jdbc.sql(
            "insert into community_ban (account_id, account_name, reason, moderator_id,"
                + " moderator_name, banned_at, ends_at) values (?, ?, ?, ?, ?, ?, ?)")
        .params(
            ban.accountId(),
            ban.accountName(),
            ban.reason(),
            moderatorId,
            ban.moderator(),
            Timestamp.from(ban.bannedAt()),
            ban.endsAt() == null ? null : Timestamp.from(ban.endsAt()))
        .update();
  }

  boolean deleteBan(long accountId) {
    return jdbc.sql("delete from community_ban where account_id = ?").param(accountId).update()
        == 1;
  }

  void log(
      Long moderatorId,
      String moderatorName,
      ModerationAction action,
      String targetKind,
      long targetId,
      Long postId,
      String targetLabel,
      String reason,
      Instant at) {
    jdbc.sql(
            "insert into community_moderation_log (moderator_id, moderator_name, action,"
                + " target_kind, target_id, post_id, target_label, reason, acted_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            moderatorId,
            moderatorName,
            action.code(),
            targetKind,
            targetId,
            postId,
            targetLabel,
            reason,
            Timestamp.from(at))
        .update();
  }

  /** A page of the log, newest first, with ids below {@code before}. */
  List<LogEntry> logPage(long before, int limit) {
    return jdbc.sql(
            "select "
                + LogEntry.COLUMNS
                + " from community_moderation_log where id < ? order by id desc"
                + " fetch first ? rows only")
        .params(before, limit)
        .query(LogEntry::of)
        .list();
  }

  /** What the post said before each edit, oldest first. */
  List<OldVersion> oldVersions(long postId) {
    return jdbc.sql(
            "select old_title, old_body, editor_name, edited_at from community_post_edit"
                + " where post_id = ? order by id")
        .param(postId)
        .query(
            (rs, row) ->
                new OldVersion(
                    rs.getString("old_title"),
                    rs.getString("old_body"),
                    rs.getString("editor_name"),
                    rs.getObject("edited_at", OffsetDateTime.class).toInstant()))
        .list();
  }

  /** The account's flags on posts or comments, oldest first, with what they are on. */
  List<Map<String, Object>> flagsBy(ModerationTarget target, long accountId) {
    return jdbc.sql(
            "select "
                + target.key()
                + " as id, reason, note, flagged_at from "
                + target.flagTable()
                + " where flagger_id = ? order by id")
        .param(accountId)
        .query(
            (rs, row) ->
                Map.<String, Object>of(
                    target.code() + "Id",
                    rs.getLong("id"),
                    "reason",
                    rs.getString("reason"),
                    "note",
                    rs.getString("note"),
                    "flaggedAt",
                    rs.getObject("flagged_at", OffsetDateTime.class).toInstant()))
        .list();
  }

  /** Forgets a deleted account's flags and ban; the log keeps the moderators' actions. */
  void forget(long accountId) {
    jdbc.sql("delete from community_post_flag where flagger_id = ?").param(accountId).update();
    jdbc.sql("delete from community_comment_flag where flagger_id = ?").param(accountId).update();
    deleteBan(accountId);
  }

  private static final String BAN_COLUMNS =
      "account_id, account_name, reason, moderator_name, banned_at, ends_at";

  private static Ban ban(ResultSet rs, int row) throws SQLException {
    OffsetDateTime ends = rs.getObject("ends_at", OffsetDateTime.class);
    return new Ban(
        rs.getLong("account_id"),
        rs.getString("account_name"),
        rs.getString("reason"),
        rs.getString("moderator_name"),
        rs.getObject("banned_at", OffsetDateTime.class).toInstant(),
        ends == null ? null : ends.toInstant());
  }

  private static Flag flag(ResultSet rs, int row) throws SQLException {
    return new Flag(
        rs.getString("reason"),
        rs.getString("note"),
        rs.getString("flagger_name"),
        rs.getObject("flagged_at", OffsetDateTime.class).toInstant());
  }

  private static Removal removal(ResultSet rs, int row) throws SQLException {
    return new Removal(
        rs.getString("reason"),
        rs.getString("moderator_name"),
        rs.getObject("removed_at", OffsetDateTime.class).toInstant());
  }
}
