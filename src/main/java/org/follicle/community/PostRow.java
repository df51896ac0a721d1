package org.follicle.community;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.follicle.web.MarkdownText;

/** A post as stored, with its channel's slug and name. */
record PostRow(
    long id,
    String channelSlug,
    String channelName,
    Long authorId,
    String authorName,
    String title,
    String body,
    String storedGist,
    int score,
    int comments,
    Long discussionPaperId,
    Instant createdAt,
    Instant editedAt,
    double hot) {

  static final String COLUMNS =
      "p.id, c.slug, c.name as channel_name, p.author_id, p.author_name, p.title, p.body, p.gist,"
          + " p.score,"
          + " p.comment_count, p.discussion_paper_id, p.created_at, p.edited_at, p.hot";

  static final String FROM =
      " from community_post p join community_channel c on c.id = p.channel_id";

  static PostRow of(ResultSet rs, int row) throws SQLException {
    long author = rs.getLong("author_id");
    Long authorId = rs.wasNull() ? null : author;
    long paper = rs.getLong("discussion_paper_id");
    Long paperId = rs.wasNull() ? null : paper;
    OffsetDateTime edited = rs.getObject("edited_at", OffsetDateTime.class);
    return new PostRow(
        rs.getLong("id"),
        rs.getString("slug"),
        rs.getString("channel_name"),
        authorId,
        rs.getString("author_name"),
        rs.getString("title"),
        rs.getString("body"),
        rs.getString("gist"),
        rs.getInt("score"),
        rs.getInt("comment_count"),
        paperId,
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        edited == null ? null : edited.toInstant(),
        rs.getDouble("hot"));
  }

  /** Who wrote it, or "a deleted account". */
  public String author() {
    return authorName == null ? "a deleted account" : authorName;
  }

  boolean writtenBy(long accountId) {
    return authorId != null && authorId == accountId;
  }

  public String bodyHtml() {
    return MarkdownText.toSafeHtml(body);
  }

  /** How long ago it was posted. */
  public String age() {
    return Age.since(createdAt, Instant.now());
  }

  /** The first sentences of the post as plain text, for cards. */
  public String gist() {
    return storedGist != null ? storedGist : PostText.gistOf(body);
  }
}
