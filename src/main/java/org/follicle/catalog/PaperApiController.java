package org.follicle.catalog;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.follicle.web.NextPageLink;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The papers of the catalogue as JSON. */
@RestController
@RequestMapping("/api/papers")
@Tag(name = "Papers", description = "The catalogue of papers")
class PaperApiController {

  private final Catalog catalog;
  private final PaperQueries queries;
  private final ObjectProvider<PaperCitationCounts> citationCounts;

  PaperApiController(
      Catalog catalog, PaperQueries queries, ObjectProvider<PaperCitationCounts> citationCounts) {
    this.catalog = catalog;
    this.queries = queries;
    this.citationCounts = citationCounts;
  }

  @GetMapping("/{id}")
  @Operation(summary = "One paper, whole")
  PaperResource paper(@PathVariable long id) {
    return catalog
        .paper(id)
        .map(
            details -> {
              PaperCitationCounts counts = citationCounts.getIfAvailable();
              return PaperResource.of(details, counts == null ? null : counts.of(id));
            })
        .orElseThrow(() -> RequestedIdentifiers.notFound("No paper has id " + id));
  }

  @GetMapping
  @Operation(
      summary = "Papers, newest added first, a page at a time",
      description = "Filter by doi or pmid; follow 'next' (also in the Link header) for more.")
  ResponseEntity<PaperListResource> papers(
      @Parameter(description = "A DOI, bare or as a doi.org link") @RequestParam(required = false)
          String doi,
      @Parameter(description = "A PubMed id") @RequestParam(required = false) String pmid,
      @Parameter(description = "The 'next' value of the previous page")
          @RequestParam(required = false)
          String cursor,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
    if (doi != null || pmid != null) {
      List<PaperSummary> found =
          doi != null
              ? queries.byDoi(RequestedIdentifiers.doi(doi))
              : queries.byPmid(RequestedIdentifiers.pmid(pmid));
      return ResponseEntity.ok(new PaperListResource(items(found), null));
    }
    List<PaperSummary> page = queries.before(RequestedIdentifiers.cursor(cursor), limit + 1);
    boolean more = page.size() > limit;
    List<PaperSummary> shown = more ? page.subList(0, limit) : page;
    String next = more ? PageCursor.encode(shown.get(shown.size() - 1).id()) : null;
    ResponseEntity.BodyBuilder response = ResponseEntity.ok();
    NextPageLink.add(response, next);
    return response.body(new PaperListResource(items(shown), next));
  }

  private static List<PaperListItem> items(List<PaperSummary> papers) {
    return papers.stream().map(PaperListItem::of).toList();
  }
}
