package org.follicle.review;

import org.follicle.web.PageCursors;

/** The opaque cursor of a paper's reviews: the id the next page starts before. */
final class ReviewCursor {

  private static final String PREFIX = "review-before:";

  private ReviewCursor() {}

  static String encode(long before) {
    return PageCursors.encode(PREFIX, before);
  }

  /** The id the page starts before; null for the first page. */
  static Long decode(String cursor) {
    try {
      long before = PageCursors.decodeLong(PREFIX, cursor, -1);
      return before == -1 ? null : before;
    } catch (IllegalArgumentException e) {
      throw new ReviewRejected("cursor", e.getMessage());
    }
  }
}
