package org.follicle.catalog;

import org.follicle.web.PageCursors;

/** The opaque cursor of the paper list: where the next page starts, in a URL-safe token. */
final class PageCursor {

  private static final String PREFIX = "before:";

  private PageCursor() {}

  static String encode(long before) {
    return PageCursors.encode(PREFIX, before);
  }

  /**
   * The id the page starts before; null for the first page.
   *
   * @throws IllegalArgumentException for a cursor this API did not issue
   */
  static Long decode(String cursor) {
    long before = PageCursors.decodeLong(PREFIX, cursor, -1);
    return before == -1 ? null : before;
  }
}
