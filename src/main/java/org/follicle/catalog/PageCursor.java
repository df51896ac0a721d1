package org.follicle.catalog;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The opaque cursor of the paper list: where the next page starts, in a URL-safe token. */
final class PageCursor {

  private static final String PREFIX = "before:";

  private PageCursor() {}

  static String encode(long before) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((PREFIX + before).getBytes(StandardCharsets.UTF_8));
  }

  /** The id the page starts before; null for the first page. */
  static Long decode(String cursor) {
    if (cursor == null || cursor.isEmpty()) {
      return null;
    }
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (!text.startsWith(PREFIX)) {
        throw new IllegalArgumentException(text);
      }
      return Long.parseLong(text.substring(PREFIX.length()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "cursor '%s' is not one this API issued; use the 'next' value of a previous page"
              .formatted(cursor),
          e);
    }
  }
}
