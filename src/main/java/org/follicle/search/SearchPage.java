package org.follicle.search;

import java.util.List;
import org.follicle.catalog.PaperSummary;

/** One page of search results with the facets of the whole result set. */
record SearchPage(
    String query,
    SearchSort sort,
    SearchMode mode,
    long total,
    List<Hit> hits,
    List<Facet> facets,
    List<String> notes,
    String suggestion,
    String next) {

  /** A paper found, with the passages that matched (HTML: escaped text and mark elements). */
  record Hit(PaperSummary paper, String titleHtml, String snippetHtml) {}

  /** Counts of one field's values over all results. */
  record Facet(String name, List<FacetValue> values) {}

  /** A value of a facet, its count and the filter that narrows the search to it. */
  record FacetValue(String label, long count, String filter) {}
}
