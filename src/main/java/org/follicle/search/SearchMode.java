package org.follicle.search;

import java.util.Arrays;
import java.util.Locale;

/** How results are ranked by relevance: by the words, by meaning, or both fused. */
public enum SearchMode {
  /** BM25 over the words of the title, abstract, keywords, MeSH terms, authors and journal. */
  BM25,
  /** Nearest neighbours of the query's sentence embedding among the papers'. */
  DENSE,
  /** Both rankings fused by reciprocal rank. */
  HYBRID;

  /** The name used in URLs and on the command line. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The mode named in a URL or an option. */
  public static SearchMode of(String id) {
    return Arrays.stream(values())
        .filter(m -> m.id().equalsIgnoreCase(id.strip()))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "mode '%s' is not known; use bm25, dense or hybrid".formatted(id)));
  }
}
