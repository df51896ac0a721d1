package org.follicle.notification;

import java.util.List;
import org.follicle.account.AccountView;
import org.follicle.account.CurrentUser;
import org.follicle.account.Role;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The notifications page: newest first, unread ones marked, each opened or marked read. */
@Controller
class NotificationPageController {

  private static final int PAGE = 30;

  private final NotificationInbox notifications;
  private final CurrentUser currentUser;

  NotificationPageController(NotificationInbox notifications, CurrentUser currentUser) {
    this.notifications = notifications;
    this.currentUser = currentUser;
  }

  @GetMapping("/notifications")
  String list(
      @RequestParam(required = false) String cursor,
      Model model,
      jakarta.servlet.http.HttpServletResponse response) {
    var user = currentUser.current().filter(AccountView::isAccount);
    if (user.isEmpty()) {
      // Anyone may open pages, so security does not send a visitor here to the sign-in page.
      return "redirect:/signin";
    }
    long account = user.get().id();
    List<NotificationView> page =
        notifications.page(account, NotificationCursor.decode(cursor), PAGE + 1);
    boolean more = page.size() > PAGE;
    List<NotificationView> shown = more ? page.subList(0, PAGE) : page;
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    model.addAttribute("notifications", shown);
    model.addAttribute("unread", notifications.unread(account));
    model.addAttribute(
        "next", more ? NotificationCursor.encode(shown.get(shown.size() - 1).id()) : null);
    return "notification/notifications";
  }

  /** Marks the notification read and goes to what it is about. */
  @PostMapping("/notifications/{id}/open")
  String open(@PathVariable long id) {
    return notifications
        .markRead(currentUser.requireAccount(Role.READER).id(), id)
        .map(shown -> "redirect:" + shown.link())
        .orElse("redirect:/notifications");
  }

  @PostMapping("/notifications/read")
  String readAll() {
    notifications.markAllRead(currentUser.requireAccount(Role.READER).id());
    return "redirect:/notifications";
  }
}
