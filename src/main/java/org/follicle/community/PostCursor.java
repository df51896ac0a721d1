package org.follicle.community;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a page of a channel's posts starts: after the post with this sort key and id (keyset
 * paging, so posts added meanwhile neither repeat nor vanish). Opaque to clients.
 *
 * @param sort the sort it belongs to; a cursor of another sort is refused
 * @param key the last post's hot rank or score (unused for new)
 * @param id the last post's id
 */
record PostCursor(PostSort sort, double key, long id) {

  private static final String PREFIX = "community:";

  static PostCursor first(PostSort sort) {
    return new PostCursor(sort, Double.POSITIVE_INFINITY, Long.MAX_VALUE);
  }

  static PostCursor after(PostSort sort, PostRow post) {
    double key =
        switch (sort) {
          case HOT -> post.hot();
          case TOP -> post.score();
          case NEW -> 0;
        };
    return new PostCursor(sort, key, post.id());
  }

  String encode() {
    String text = PREFIX + sort.code() + ":" + key + ":" + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(text.getBytes(StandardCharsets.UTF_8));
  }

  static PostCursor decode(PostSort sort, String cursor) {
    if (cursor == null || cursor.isEmpty()) {
      return first(sort);
    }
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      String[] parts = text.split(":");
      if (parts.length == 4 && (parts[0] + ":").equals(PREFIX) && parts[1].equals(sort.code())) {
        return new PostCursor(sort, Double.parseDouble(parts[2]), Long.parseLong(parts[3]));
      }
    } catch (IllegalArgumentException e) {
      // Answered below, as a well-formed cursor of another sort is.
    }
    throw CommunityProblem.field(
        "cursor",
        "cursor '%s' is not one this list issued for sort %s; use the 'next' value of a previous page"
            .formatted(cursor, sort.code()));
  }
}
