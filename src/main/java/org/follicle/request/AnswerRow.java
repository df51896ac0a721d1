package org.follicle.request;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.follicle.web.MarkdownText;

/**
 * A stored answer.
 *
 * @param answererId the answerer's account, null once that account was deleted
 * @param answererName the answerer's username, null once that account was deleted
 * @param byAuthor whether a verified author of the paper gave it
 * @param body the Markdown the answerer wrote (may be empty when links or a file say it all)
 * @param links the http(s) links given, in order
 * @param fileKey the stored file's key, null without a file
 * @param accepted whether the asker accepted it
 */
record AnswerRow(
    long id,
    long requestId,
    Long answererId,
    String answererName,
    boolean byAuthor,
    String body,
    List<String> links,
    String fileKey,
    String fileName,
    long fileSize,
    boolean accepted,
    Instant createdAt) {

  static final String COLUMNS =
      "id, request_id, answerer_id, answerer_name, by_author, body, links, file_key, file_name,"
          + " file_size, accepted, created_at";

  static AnswerRow of(ResultSet row, int rowNumber) throws SQLException {
    long answererId = row.getLong("answerer_id");
    Long answerer = row.wasNull() ? null : answererId;
    String links = row.getString("links");
    return new AnswerRow(
        row.getLong("id"),
        row.getLong("request_id"),
        answerer,
        row.getString("answerer_name"),
        row.getBoolean("by_author"),
        row.getString("body"),
        links.isEmpty() ? List.of() : Arrays.asList(links.split("\n")),
        row.getString("file_key"),
        row.getString("file_name"),
        row.getLong("file_size"),
        row.getBoolean("accepted"),
        row.getTimestamp("created_at").toInstant());
  }

  /** Who answered, as pages show it. */
  public String answerer() {
    return answererName == null ? RequestRow.DELETED_ACCOUNT : answererName;
  }

  public String bodyHtml() {
    return MarkdownText.toSafeHtml(body);
  }

  public String fileSizeText() {
    return RequestFiles.readable(fileSize);
  }

  public boolean hasFile() {
    return fileKey != null;
  }

  boolean answeredBy(long accountId) {
    return answererId != null && answererId == accountId;
  }
}
