package org.follicle.community;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

/** One moderator action in the log: who did what to which post, comment or account, and why. */
record LogEntry(
    long id,
    String moderator,
    ModerationAction action,
    String targetKind,
    long targetId,
    Long postId,
    String targetLabel,
    String reason,
    Instant actedAt) {

  static final String COLUMNS =
      "id, moderator_name, action, target_kind, target_id, post_id, target_label, reason, acted_at";

  static LogEntry of(ResultSet rs, int row) throws SQLException {
    long post = rs.getLong("post_id");
    Long postId = rs.wasNull() ? null : post;
    return new LogEntry(
        rs.getLong("id"),
        rs.getString("moderator_name"),
        ModerationAction.ofCode(rs.getString("action")),
        rs.getString("target_kind"),
        rs.getLong("target_id"),
        postId,
        rs.getString("target_label"),
        rs.getString("reason"),
        rs.getObject("acted_at", OffsetDateTime.class).toInstant());
  }

  /** What happened, in words: "removed post 12". */
  public String summary() {
    return action.verb() + " " + targetKind + " " + targetId;
  }

  /** Where the item can be seen: its post (a comment's anchor in it); null for an account. */
  public String link() {
    if (postId == null) {
      return null;
    }
    return "/community/posts/"
        + postId
        + (targetKind.equals("comment") ? "#comment-" + targetId : "");
  }
}
