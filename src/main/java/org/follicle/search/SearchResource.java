package org.follicle.search;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.follicle.catalog.PaperListItem;

/** Search results as the API returns them. */
record SearchResource(
    String query,
    String sort,
    String mode,
    long total,
    List<Result> results,
    Map<String, List<SearchPage.FacetValue>> facets,
    List<String> notes,
    String suggestion,
    String next) {

  /** A paper found, with the passage that matched (HTML with mark elements). */
  record Result(@JsonUnwrapped PaperListItem paper, String snippet) {

    static Result of(SearchPage.Hit hit) {
      return new Result(PaperListItem.of(hit.paper()), hit.snippetHtml());
    }
  }

  static SearchResource of(SearchPage page) {
    return new SearchResource(
        page.query(),
        page.sort().id(),
        page.mode().id(),
        page.total(),
        page.hits().stream().map(Result::of).toList(),
        page.facets().stream()
            .collect(
                Collectors.toMap(
                    SearchPage.Facet::name,
                    SearchPage.Facet::values,
                    (a, b) -> a,
                    LinkedHashMap::new)),
        page.notes(),
        page.suggestion(),
        page.next());
  }
}
