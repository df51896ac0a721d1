package org.follicle.citation;

import org.follicle.web.PageCursors;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The opaque cursors of the citation lists: where the next page starts, in a URL-safe token. */
final class ListCursor {

  private ListCursor() {}

  /** A cursor of this kind ("after" a reference's position, "before" a citing paper's id). */
  static String encode(String kind, long value) {
    return PageCursors.encode(kind + ":", value);
  }

  /** The value of a cursor of this kind, or the first page's when there is none. */
  static long decode(String kind, String cursor, long first) {
    try {
      return PageCursors.decodeLong(kind + ":", cursor, first);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
    }
  }
}
