package org.follicle.evidence;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The opaque cursor of the treatment list: the slug the next page starts after. */
final class TreatmentCursor {

  private static final String PREFIX = "after:";

  private TreatmentCursor() {}

  static String encode(String slug) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((PREFIX + slug).getBytes(StandardCharsets.UTF_8));
  }

  /** The slug the page starts after; null for the first page. */
  static String decode(String cursor) {
    if (cursor == null || cursor.isEmpty()) {
      return null;
    }
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (!text.startsWith(PREFIX)) {
        throw new IllegalArgumentException(text);
      }
      return text.substring(PREFIX.length());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "cursor '%s' is not one this API issued; use the 'next' value of a previous page"
              .formatted(cursor),
          e);
    }
  }
}
