package org.follicle.search;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Runs a search for a web request, turning a bad cursor, sort, mode or limit into a 400. */
final class SearchRequest {

  private SearchRequest() {}

  static SearchPage run(
      PaperSearch search, String q, String sort, String mode, String cursor, int limit) {
    try {
      return search.search(
          q,
          SearchSort.of(sort),
          mode == null || mode.isBlank() ? search.defaultMode() : SearchMode.of(mode),
          cursor,
          limit);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage(), e);
    }
  }
}
