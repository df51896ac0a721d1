package org.follicle.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An account's stored notifications: listing, counting the unread ones, marking them read. Apart
 * from {@link Notifications} (which mails), so the account export can read them without needing the
 * accounts that mailing needs.
 */
@Component
class NotificationInbox {

  private final JdbcClient jdbc;
  private final Clock clock;

  NotificationInbox(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The account's notifications with ids below {@code beforeId} (all when null), newest first. */
  @Transactional(readOnly = true)
  List<NotificationView> page(long accountId, Long beforeId, int limit) {
    return jdbc.sql(
            "select id, kind, title, link, created_at, read_at from notification"
                + " where account_id = ? and id < ? order by id desc fetch first ? rows only")
        .params(accountId, beforeId == null ? Long.MAX_VALUE : beforeId, limit)
        .query(NotificationView::of)
        .list();
  }

  /** How many of the account's notifications are unread. */
  @Transactional(readOnly = true)
  long unread(long accountId) {
    return jdbc.sql("select count(*) from notification where account_id = ? and read_at is null")
        .param(accountId)
        .query(Long.class)
        .single();
  }

  /** Marks one of the account's notifications read; empty when the account has none of that id. */
  @Transactional
  Optional<NotificationView> markRead(long accountId, long id) {
    jdbc.sql(
            "update notification set read_at = ? where id = ? and account_id = ?"
                + " and read_at is null")
        .params(Timestamp.from(clock.instant()), id, accountId)
        .update();
    return jdbc.sql(
            "select id, kind, title, link, created_at, read_at from notification"
                + " where id = ? and account_id = ?")
        .params(id, accountId)
        .query(NotificationView::of)
        .optional();
  }

  /** Marks all of the account's notifications read; returns how many were unread. */
  @Transactional
  int markAllRead(long accountId) {
    return jdbc.sql("update notification set read_at = ? where account_id = ? and read_at is null")
        .params(Timestamp.from(clock.instant()), accountId)
        .update();
  }
}
