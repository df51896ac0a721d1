package org.follicle.search;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Search as JSON. */
@RestController
@Tag(name = "Search", description = "Full-text search of the catalogue")
class SearchApiController {

  private final PaperSearch search;

  SearchApiController(PaperSearch search) {
    this.search = search;
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
      @Parameter(description = "relevance (default) or newest") @RequestParam(required = false)
          String sort,
      @Parameter(description = "The 'next' value of the previous page")
          @RequestParam(required = false)
          String cursor,
      @RequestParam(defaultValue = "20") int limit) {
    SearchPage page = SearchRequest.run(search, q, sort, cursor, limit);
    ResponseEntity.BodyBuilder response = ResponseEntity.ok();
    if (page.next() != null) {
      String link =
          ServletUriComponentsBuilder.fromCurrentRequest()
              .replaceQueryParam("cursor", page.next())
              .toUriString();
      response.header(HttpHeaders.LINK, "<" + link + ">; rel=\"next\"");
    }
    return response.body(SearchResource.of(page));
  }
}
