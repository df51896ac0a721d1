package org.follicle.evidence;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The opaque cursor of a paper's fact history: the revision id the next page starts before. */
final class RevisionCursor {

  private static final String PREFIX = "before:";

  private RevisionCursor() {}

  static String encode(long revisionId) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((PREFIX + revisionId).getBytes(StandardCharsets.UTF_8));
  }

  /** The revision id the page starts before; {@link Long#MAX_VALUE} for the first page. */
  static long decode(String cursor) {
    if (cursor == null || cursor.isEmpty()) {
      return Long.MAX_VALUE;
    }
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (!text.startsWith(PREFIX)) {
        throw new IllegalArgumentException(text);
      }
      return Long.parseLong(text.substring(PREFIX.length()));
    } catch (IllegalArgumentException e) {
      throw new FactCorrectionRejected(
          "cursor",
          "'%s' is not a cursor this API issued; use the 'next' value of a previous page"
              .formatted(cursor));
    }
  }
}
