package org.follicle.notification;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The opaque cursor of the notification list: the id the next page starts before. */
final class NotificationCursor {

  private static final String PREFIX = "notification-before:";

  private NotificationCursor() {}

  static String encode(long before) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((PREFIX + before).getBytes(StandardCharsets.UTF_8));
  }

  /** The id the page starts before; null for the first page; 400 for a cursor not issued here. */
  static Long decode(String cursor) {
    if (cursor == null || cursor.isEmpty()) {
      return null;
    }
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (text.startsWith(PREFIX)) {
        return Long.parseLong(text.substring(PREFIX.length()));
      }
    } catch (IllegalArgumentException e) {
      // Falls through to the same answer as a well-formed cursor of another list.
    }
    throw new ResponseStatusException(
        HttpStatus.BAD_REQUEST,
        "cursor '%s' is not one this API issued; use the 'next' value of a previous page"
            .formatted(cursor));
  }
}
