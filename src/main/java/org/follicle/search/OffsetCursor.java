package org.follicle.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.OptionalInt;

/**
 * The opaque cursor of a ranked result list: the offset of the next page, under a prefix naming the
 * list, so a cursor of one list is not taken by another.
 */
public final class OffsetCursor {

  private OffsetCursor() {}

  /** The cursor of the page starting at {@code offset}. */
  public static String encode(String prefix, int offset) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((prefix + offset).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The offset a cursor this list issued stands for: 0 for none, empty for one it cannot have
   * issued (malformed, another list's, or at or past {@code maxOffset}).
   */
  public static OptionalInt decode(String prefix, String cursor, int maxOffset) {
    if (cursor == null || cursor.isBlank()) {
      return OptionalInt.of(0);
    }
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (text.startsWith(prefix)) {
        int offset = Integer.parseInt(text.substring(prefix.length()));
        if (offset >= 0 && offset < maxOffset) {
          return OptionalInt.of(offset);
        }
      }
    } catch (IllegalArgumentException e) {
      // Not Base64 or not a number: not a cursor this list issued.
    }
    return OptionalInt.empty();
  }
}
