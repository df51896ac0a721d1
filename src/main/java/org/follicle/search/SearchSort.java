package org.follicle.search;

import java.util.Arrays;
import java.util.Locale;

/** The orders results can come in. */
enum SearchSort {
  RELEVANCE,
  NEWEST,
  /** Most cited first (by the catalogue papers citing each); ties by relevance, then newest. */
  CITED;

  /** The name used in URLs (public: the page's template calls it). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The sort named in a URL; relevance when none is given. */
  static SearchSort of(String id) {
    if (id == null || id.isBlank()) {
      return RELEVANCE;
    }
    return Arrays.stream(values())
        .filter(s -> s.id().equalsIgnoreCase(id.strip()))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "sort '%s' is not known; use relevance, newest or cited".formatted(id)));
  }
}
