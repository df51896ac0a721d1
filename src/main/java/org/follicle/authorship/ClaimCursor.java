package org.follicle.authorship;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The opaque cursor of the moderation queue: the id of the last claim shown, URL-safe. */
final class ClaimCursor {

  private static final String PREFIX = "after:";

  private ClaimCursor() {}

  static String encode(long after) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((PREFIX + after).getBytes(StandardCharsets.UTF_8));
  }

  /** The id the page starts after; 0 for the first page. */
  static long decode(String cursor) {
    if (cursor == null || cursor.isEmpty()) {
      return 0;
    }
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (text.startsWith(PREFIX)) {
        return Long.parseLong(text.substring(PREFIX.length()));
      }
    } catch (IllegalArgumentException e) {
      // Reported below like any other cursor this API did not issue.
    }
    throw ClaimRefused.field(
        "cursor",
        "cursor '%s' is not one this API issued; use the 'next' value of a previous page"
            .formatted(cursor));
  }
}
