package org.follicle.review;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The opaque cursor of a paper's reviews: the id the next page starts before. */
final class ReviewCursor {

  private static final String PREFIX = "review-before:";

  private ReviewCursor() {}

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
      if (text.startsWith(PREFIX)) {
        return Long.parseLong(text.substring(PREFIX.length()));
      }
    } catch (IllegalArgumentException e) {
      // Not Base64 or not a number: refused below like any other cursor this API did not issue.
    }
    throw new ReviewRejected(
        "cursor",
        "'%s' is not one this API issued; use the 'next' value of a previous page"
            .formatted(cursor));
  }
}
