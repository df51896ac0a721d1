package org.follicle.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * One notification as pages and the API show it.
 *
 * @param link the site-relative path of what it is about
 * @param readAt when it was marked read, null while unread
 */
record NotificationView(
    long id, String kind, String title, String link, Instant createdAt, Instant readAt) {

  static NotificationView of(ResultSet row, int rowNumber) throws SQLException {
    Timestamp read = row.getTimestamp("read_at");
    return new NotificationView(
        row.getLong("id"),
        row.getString("kind"),
        row.getString("title"),
        row.getString("link"),
        row.getTimestamp("created_at").toInstant(),
        read == null ? null : read.toInstant());
  }

  public boolean unread() {
    return readAt == null;
  }
}
