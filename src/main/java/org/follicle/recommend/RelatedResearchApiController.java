package org.follicle.recommend;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.PaperListItem;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Related research of a paper as JSON. */
@RestController
@Tag(name = "Related research", description = "Papers related to a paper, and why")
class RelatedResearchApiController {

  static final int MAX_LIMIT = RelatedResearch.DEPTH;

  private final RelatedResearch related;
  private final Catalog catalog;

  RelatedResearchApiController(RelatedResearch related, Catalog catalog) {
    this.related = related;
    this.catalog = catalog;
  }

  /** The papers related to one paper, most related first. */
  record RelatedResource(long paperId, List<RelatedItem> items) {}

  /** A related paper as lists show it, with the reasons it is related. */
  record RelatedItem(PaperListItem paper, List<ReasonResource> reasons) {}

  /** A signal that found the paper, and how the page words it. */
  record ReasonResource(String signal, String text) {}

  @GetMapping("/api/papers/{id}/related")
  @Operation(
      summary = "Research related to one paper",
      description =
          "Papers close in meaning (sentence embeddings) or sharing MeSH headings and keywords,"
              + " fused by reciprocal rank; each with the reasons it is there.")
  RelatedResource related(@PathVariable long id, @RequestParam(defaultValue = "5") int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST,
          "limit must be between 1 and %d, not %d".formatted(MAX_LIMIT, limit));
    }
    if (catalog.summaries(List.of(id)).isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No paper has id " + id);
    }
    return new RelatedResource(
        id,
        related.of(id, limit).stream()
            .map(
                r ->
                    new RelatedItem(
                        PaperListItem.of(r.paper()),
                        r.reasons().stream()
                            .map(reason -> new ReasonResource(reason.signal().id(), reason.text()))
                            .toList()))
            .toList());
  }
}
