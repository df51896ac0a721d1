package org.follicle.evidence;

import org.follicle.web.PageCursors;

/** The opaque cursor of the treatment list: the slug the next page starts after. */
final class TreatmentCursor {

  private static final String PREFIX = "after:";

  private TreatmentCursor() {}

  static String encode(String slug) {
    return PageCursors.encode(PREFIX, slug);
  }

  /**
   * The slug the page starts after; null for the first page.
   *
   * @throws IllegalArgumentException for a cursor this API did not issue
   */
  static String decode(String cursor) {
    return PageCursors.decode(PREFIX, cursor).orElse(null);
  }
}
