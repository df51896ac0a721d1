package org.follicle.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The opaque, URL-safe cursors of paged lists: a prefix naming the list and the value where its
 * next page starts (an id, a position, a slug), so a client cannot forge one by accident and one
 * list's cursor is refused by another.
 */
public final class PageCursors {

  private PageCursors() {}

  /** The cursor of a list's next page. */
  public static String encode(String prefix, Object value) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((prefix + value).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The value a cursor of this prefix carries; empty for no cursor (the first page).
   *
   * @throws IllegalArgumentException, saying so, for a cursor this prefix did not issue
   */
  public static Optional<String> decode(String prefix, String cursor) {
    if (cursor == null || cursor.isEmpty()) {
      return Optional.empty();
    }
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (text.startsWith(prefix)) {
        return Optional.of(text.substring(prefix.length()));
      }
    } catch (IllegalArgumentException e) {
      // Not Base64: refused below, as a well-formed cursor of another list is.
    }
    throw notIssued(cursor);
  }

  /**
   * The number a cursor of this prefix carries, or {@code first} for no cursor.
   *
   * @throws IllegalArgumentException, saying so, for a cursor this prefix did not issue
   */
  public static long decodeLong(String prefix, String cursor, long first) {
    Optional<String> value = decode(prefix, cursor);
    try {
      return value.map(Long::parseLong).orElse(first);
    } catch (NumberFormatException e) {
      throw notIssued(cursor);
    }
  }

  private static IllegalArgumentException notIssued(String cursor) {
    return new IllegalArgumentException(
        "cursor '%s' is not one this API issued; use the 'next' value of a previous page"
            .formatted(cursor));
  }
}
