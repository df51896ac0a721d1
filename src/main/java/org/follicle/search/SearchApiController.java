package org.follicle.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.follicle.web.NextPageLink;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Search as JSON. */
@RestController
@Tag(name = "Search", description = "Full-text search of the catalogue")
class SearchApiController {

  private final PaperSearch search;
  private final SearchSuggestions suggestions;

  SearchApiController(PaperSearch search, SearchSuggestions suggestions) {
    this.search = search;
    this.suggestions = suggestions;
  }

  /** Completions, each with the query that searches for it. */
  record SuggestionsResource(
      List<Completion> papers, List<Completion> topics, List<Completion> authors) {

    /** A completion: what to show, the query it stands for, and a page where there is one. */
    record Completion(String label, String query, String html) {}
  }

  @GetMapping("/api/search/suggestions")
  @Operation(
      summary = "Completions of a query being typed: titles, topics and authors",
      description = "The last word may be unfinished; each completion carries the query to run.")
  SuggestionsResource suggestions(
      @Parameter(description = "What has been typed so far") @RequestParam(defaultValue = "")
          String q,
      @RequestParam(defaultValue = "5") int limit) {
    if (limit < 1 || limit > 20) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST, "limit must be between 1 and 20, not " + limit);
    }
    SearchSuggestions.Suggestions found = suggestions.suggest(q, limit);
    return new SuggestionsResource(
        found.papers().stream()
            .map(p -> new SuggestionsResource.Completion(p.title(), p.title(), "/papers/" + p.id()))
            .toList(),
        found.topics().stream()
            .map(t -> new SuggestionsResource.Completion(t, "topic:\"" + t + "\"", null))
            .toList(),
        found.authors().stream()
            .map(a -> new SuggestionsResource.Completion(a, "author:\"" + a + "\"", null))
            .toList());
  }

  @GetMapping("/api/search")
  @Operation(
      summary = "Papers matching a query, best first, with facets",
      description =
          "Words, \"phrases\", -exclusions and filters: author:, journal:, year:2019..2024,"
              + " type:\"Randomized Controlled Trial\", mesh:, topic:. Follow 'next' (also in the"
              + " Link header) for more.")
  ResponseEntity<SearchResource> search(
      @Parameter(description = "The query") @RequestParam(defaultValue = "") String q,
      @Parameter(description = "relevance (default), newest or cited (most cited first)")
          @RequestParam(required = false)
          String sort,
      @Parameter(
              description =
                  "Ranking by relevance: hybrid (words and meaning fused; the default), bm25 (words)"
                      + " or dense (meaning)")
          @RequestParam(required = false)
          String mode,
      @Parameter(description = "The 'next' value of the previous page")
          @RequestParam(required = false)
          String cursor,
      @RequestParam(defaultValue = "20") int limit) {
    SearchPage page = SearchRequest.run(search, q, sort, mode, cursor, limit);
    ResponseEntity.BodyBuilder response = ResponseEntity.ok();
    NextPageLink.add(response, page.next());
    return response.body(SearchResource.of(page));
  }
}
