package org.follicle.request;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import org.follicle.web.MarkdownText;

/**
 * A stored request.
 *
 * @param askerId the asker's account, null once that account was deleted
 * @param askerName the asker's username, null once that account was deleted
 * @param message the Markdown the asker wrote
 * @param statusReason why it was declined, null otherwise
 * @param answers how many answers it has
 */
record RequestRow(
    long id,
    long paperId,
    Long askerId,
    String askerName,
    RequestKind kind,
    String message,
    RequestStatus status,
    String statusReason,
    Instant createdAt,
    Instant statusChangedAt,
    int answers) {

  static final String DELETED_ACCOUNT = "a deleted account";

  static final String COLUMNS =
      "r.id, r.paper_id, r.asker_id, r.asker_name, r.kind, r.message, r.status, r.status_reason,"
          + " r.created_at, r.status_changed_at,"
          + " (select count(*) from resource_answer a where a.request_id = r.id) as answers";

  static RequestRow of(ResultSet row, int rowNumber) throws SQLException {
    long askerId = row.getLong("asker_id");
    Timestamp changed = row.getTimestamp("status_changed_at");
    return new RequestRow(
        row.getLong("id"),
        row.getLong("paper_id"),
        row.wasNull() ? null : askerId,
        row.getString("asker_name"),
        RequestKind.valueOf(row.getString("kind")),
        row.getString("message"),
        RequestStatus.valueOf(row.getString("status")),
        row.getString("status_reason"),
        row.getTimestamp("created_at").toInstant(),
        changed == null ? null : changed.toInstant(),
        row.getInt("answers"));
  }

  /** Who asked, as pages show it. */
  public String asker() {
    return askerName == null ? DELETED_ACCOUNT : askerName;
  }

  public String messageHtml() {
    return MarkdownText.toSafeHtml(message);
  }

  public String reasonHtml() {
    return MarkdownText.toSafeHtml(statusReason);
  }

  boolean askedBy(long accountId) {
    return askerId != null && askerId == accountId;
  }
}
