package org.follicle.request;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * A page of recent requests and the opaque cursor of the next one (null at the end), for the list
 * page and the API.
 */
record RequestListPage(List<RequestRow> requests, String next) {

  private static final String PREFIX = "request-before:";

  static RequestListPage fetch(
      ResourceRequests requests, RequestStatus status, String cursor, int limit) {
    List<RequestRow> page = requests.recent(status, decode(cursor), limit + 1);
    boolean more = page.size() > limit;
    List<RequestRow> shown = more ? page.subList(0, limit) : page;
    return new RequestListPage(shown, more ? encode(shown.get(shown.size() - 1).id()) : null);
  }

  static String encode(long before) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((PREFIX + before).getBytes(StandardCharsets.UTF_8));
  }

  static long decode(String cursor) {
    if (cursor == null || cursor.isEmpty()) {
      return Long.MAX_VALUE;
    }
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (text.startsWith(PREFIX)) {
        return Long.parseLong(text.substring(PREFIX.length()));
      }
    } catch (IllegalArgumentException e) {
      // Answered below, as a well-formed cursor of another list is.
    }
    throw RequestProblem.field(
        "cursor",
        "cursor '%s' is not one this API issued; use the 'next' value of a previous page"
            .formatted(cursor));
  }
}
