package org.follicle.notification;

import org.follicle.account.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The unread count the site header shows beside the notifications link ({@code
 * ${@notificationBadge.unread()}} in the layout), counted only when a page draws it.
 */
@Component("notificationBadge")
public class NotificationBadge {

  private final NotificationInbox notifications;
  private final CurrentUser currentUser;

  NotificationBadge(NotificationInbox notifications, CurrentUser currentUser) {
    this.notifications = notifications;
    this.currentUser = currentUser;
  }

  /** How many notifications the signed-in account has not read; 0 for anyone else. */
  public long unread() {
    return currentUser
        .current()
        .filter(user -> user.isAccount())
        .map(user -> notifications.unread(user.id()))
        .orElse(0L);
  }
}
