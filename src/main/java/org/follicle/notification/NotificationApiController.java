package org.follicle.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.follicle.account.CurrentUser;
import org.follicle.account.Role;
import org.follicle.web.NextPageLink;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The signed-in account's notifications as JSON, and marking them read. */
@RestController
@RequestMapping("/api/notifications")
@Tag(name = "Notifications", description = "What the signed-in account was told of")
class NotificationApiController {

  private final NotificationInbox notifications;
  private final CurrentUser currentUser;

  NotificationApiController(NotificationInbox notifications, CurrentUser currentUser) {
    this.notifications = notifications;
    this.currentUser = currentUser;
  }

  /** A page of notifications, newest first, with the unread count and the next page's cursor. */
  record NotificationList(List<NotificationView> items, long unread, String next) {}

  /** How many notifications were marked read. */
  record MarkedRead(int marked) {}

  @GetMapping
  @Operation(
      summary = "Your notifications, newest first, a page at a time",
      description = "Follow 'next' (also in the Link header) for older ones.")
  ResponseEntity<NotificationList> list(
      @Parameter(description = "The 'next' value of the previous page")
          @RequestParam(required = false)
          String cursor,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
    long account = currentUser.requireAccount(Role.READER).id();
    List<NotificationView> page =
        notifications.page(account, NotificationCursor.decode(cursor), limit + 1);
    boolean more = page.size() > limit;
    List<NotificationView> shown = more ? page.subList(0, limit) : page;
    String next = more ? NotificationCursor.encode(shown.get(shown.size() - 1).id()) : null;
    ResponseEntity.BodyBuilder response =
        ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store");
    NextPageLink.add(response, next);
    return response.body(new NotificationList(shown, notifications.unread(account), next));
  }

  @PostMapping("/{id}/read")
  @Operation(summary = "Mark one of your notifications read")
  NotificationView read(@PathVariable long id) {
    long account = currentUser.requireAccount(Role.READER).id();
    return notifications
        .markRead(account, id)
        .orElseThrow(
            () ->
                new ResponseStatusException(
                    HttpStatus.NOT_FOUND, "You have no notification with id " + id));
  }

  @PostMapping("/read")
  @Operation(summary = "Mark all your notifications read")
  MarkedRead readAll() {
    return new MarkedRead(notifications.markAllRead(currentUser.requireAccount(Role.READER).id()));
  }
}
