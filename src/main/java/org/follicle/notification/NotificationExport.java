package org.follicle.notification;

import org.follicle.account.AccountDataExport;
import org.springframework.stereotype.Component;

/** The account's notifications in its export. */
@Component
class NotificationExport implements AccountDataExport {

  private final NotificationInbox notifications;

  NotificationExport(NotificationInbox notifications) {
    this.notifications = notifications;
  }

  @Override
  public String name() {
    return "notifications";
  }

  @Override
  public Object export(long accountId) {
    return notifications.page(accountId, null, Integer.MAX_VALUE);
  }
}
