package org.follicle.authorship;

import org.follicle.web.PageCursors;

/** The opaque cursor of the moderation queue: the id of the last claim shown, URL-safe. */
final class ClaimCursor {

  private static final String PREFIX = "after:";

  private ClaimCursor() {}

  static String encode(long after) {
    return PageCursors.encode(PREFIX, after);
  }

  /** The id the page starts after; 0 for the first page. */
  static long decode(String cursor) {
    try {
      return PageCursors.decodeLong(PREFIX, cursor, 0);
    } catch (IllegalArgumentException e) {
      throw ClaimRefused.field("cursor", e.getMessage());
    }
  }
}
