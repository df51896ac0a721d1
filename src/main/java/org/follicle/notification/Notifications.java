package org.follicle.notification;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells an account of something in the app and by mail: other modules call {@link #notify}; the
 * mail leaves only once the caller's transaction commits, and a failing mail never undoes it.
 */
@Service
public class Notifications {

  static final int MAX_TITLE = 300;
  static final int MAX_LINK = 500;

  private final JdbcClient jdbc;
  private final NotificationMail mail;
  private final Clock clock;

  Notifications(JdbcClient jdbc, NotificationMail mail, Clock clock) {
    this.jdbc = jdbc;
    this.mail = mail;
    this.clock = clock;
  }

  /**
   * Stores a notification for the account and mails it after commit.
   *
   * @param accountId who is told
   * @param kind what happened, such as {@code "request-answered"}
   * @param title one line saying what happened (cut to 300 characters)
   * @param link the site-relative path where it can be seen, such as {@code "/requests/4"}
   */
  @Transactional
  public void notify(long accountId, String kind, String title, String link) {
    // One line: the title is also the subject of the mail.
    String line = title.replaceAll("\\s+", " ").strip();
    String shortTitle = line.length() > MAX_TITLE ? line.substring(0, MAX_TITLE - 1) + "…" : line;
    if (!link.startsWith("/") || link.startsWith("//") || link.length() > MAX_LINK) {
      throw new IllegalArgumentException("A notification links to a path on this site: " + link);
    }
    jdbc.sql(
            "insert into notification (account_id, kind, title, link, created_at)"
                + " values (?, ?, ?, ?, ?)")
        .params(accountId, kind, shortTitle, link, Timestamp.from(clock.instant()))
        .update();
    mail.afterCommit(accountId, shortTitle, link);
  }
}
