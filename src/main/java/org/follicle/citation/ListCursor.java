package org.follicle.citation;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The opaque cursors of the citation lists: where the next page starts, in a URL-safe token. */
final class ListCursor {

  private ListCursor() {}

  /** A cursor of this kind ("after" a reference's position, "before" a citing paper's id). */
  static String encode(String kind, long value) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((kind + ":" + value).getBytes(StandardCharsets.UTF_8));
  }

  /** The value of a cursor of this kind, or the first page's when there is none. */
  static long decode(String kind, String cursor, long first) {
    if (cursor == null || cursor.isEmpty()) {
      return first;
    }
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (text.startsWith(kind + ":")) {
        return Long.parseLong(text.substring(kind.length() + 1));
      }
    } catch (IllegalArgumentException e) {
      // Not Base64 or not a number: answered below like any cursor of another kind.
    }
    throw new ResponseStatusException(
        HttpStatus.BAD_REQUEST,
        "cursor '%s' is not one this list issued; use the 'next' value of a previous page"
            .formatted(cursor));
  }
}
