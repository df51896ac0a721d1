package org.follicle.notification;

import org.follicle.web.PageCursors;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The opaque cursor of the notification list: the id the next page starts before. */
final class NotificationCursor {

  private static final String PREFIX = "notification-before:";

  private NotificationCursor() {}

  static String encode(long before) {
    return PageCursors.encode(PREFIX, before);
  }

  /** The id the page starts before; null for the first page; 400 for a cursor not issued here. */
  static Long decode(String cursor) {
    try {
      long before = PageCursors.decodeLong(PREFIX, cursor, -1);
      return before == -1 ? null : before;
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
    }
  }
}
