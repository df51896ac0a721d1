package org.follicle.evidence;

import org.follicle.web.PageCursors;

/** The opaque cursor of a paper's fact history: the revision id the next page starts before. */
final class RevisionCursor {

  private static final String PREFIX = "before:";

  private RevisionCursor() {}

  static String encode(long revisionId) {
    return PageCursors.encode(PREFIX, revisionId);
  }

  /** The revision id the page starts before; {@link Long#MAX_VALUE} for the first page. */
  static long decode(String cursor) {
    try {
      return PageCursors.decodeLong(PREFIX, cursor, Long.MAX_VALUE);
    } catch (IllegalArgumentException e) {
      throw new FactCorrectionRejected("cursor", e.getMessage());
    }
  }
}
