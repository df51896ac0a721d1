package org.follicle.community;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.follicle.web.MarkdownText;

/** A comment as stored; {@code parentId} is null for a comment on the post itself. */
record CommentRow(
    long id,
    long postId,
    Long parentId,
    Long authorId,
    String authorName,
    String body,
    int score,
    Instant createdAt) {

  static final String COLUMNS =
      "id, post_id, parent_id, author_id, author_name, body, score, created_at";

  static CommentRow of(ResultSet rs, int row) throws SQLException {
    long parent = rs.getLong("parent_id");
    Long parentId = rs.wasNull() ? null : parent;
    long author = rs.getLong("author_id");
    Long authorId = rs.wasNull() ? null : author;
    return new CommentRow(
        rs.getLong("id"),
        rs.getLong("post_id"),
        parentId,
        authorId,
        rs.getString("author_name"),
        rs.getString("body"),
        rs.getInt("score"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant());
  }

  public String author() {
    return authorName == null ? "a deleted account" : authorName;
  }

  public String age() {
    return Age.since(createdAt, Instant.now());
  }

  public String bodyHtml() {
    return MarkdownText.toSafeHtml(body);
  }
}
