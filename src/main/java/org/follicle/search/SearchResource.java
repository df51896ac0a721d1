package org.follicle.search;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.follicle.catalog.PaperSummary;

/** Search results as the API returns them. */
record SearchResource(
    String query,
    String sort,
    long total,
    List<Result> results,
    Map<String, List<SearchPage.FacetValue>> facets,
    List<String> notes,
    String suggestion,
    String next) {

  /** A paper found, with the passage that matched (HTML with mark elements). */
  record Result(
      long id,
      String title,
      String articleType,
      String published,
      String journal,
      List<String> authors,
      String doi,
      String snippet,
      String html) {

    static Result of(SearchPage.Hit hit) {
      PaperSummary p = hit.paper();
      return new Result(
          p.id(),
          p.title(),
          p.articleType(),
          p.date().isEmpty() ? null : p.date().iso(),
          p.journalName(),
          p.authorNames(),
          p.doi() == null ? null : p.doi().value(),
          hit.snippetHtml(),
          "/papers/" + p.id());
    }
  }

  static SearchResource of(SearchPage page) {
    return new SearchResource(
        page.query(),
        page.sort().id(),
        page.total(),
        page.hits().stream().map(Result::of).toList(),
        page.facets().stream()
            .collect(
                Collectors.toMap(
                    SearchPage.Facet::name,
                    SearchPage.Facet::values,
                    (a, b) -> a,
                    java.util.LinkedHashMap::new)),
        page.notes(),
        page.suggestion(),
        page.next());
  }
}
