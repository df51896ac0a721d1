package org.follicle.citation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.follicle.catalog.PaperListItem;
import org.follicle.catalog.PaperRecord;
import org.follicle.catalog.PaperSummary;
import org.follicle.web.NextPageLink;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** A paper's references and the papers citing it, as JSON. */
@RestController
@Tag(name = "Citations", description = "What a paper cites, and what cites it")
class CitationApiController {

  static final int MAX_LIMIT = 100;

  private final PaperCitations citations;

  CitationApiController(PaperCitations citations) {
    this.citations = citations;
  }

  /** One page of a paper's reference list. */
  record ReferencePage(
      long paperId,
      int referencesTotal,
      int referencesResolved,
      List<ReferenceItem> items,
      String next) {}

  /** An entry of the list as printed, with its identifiers and the paper it resolved to, if any. */
  record ReferenceItem(
      int position,
      String text,
      String title,
      String firstAuthor,
      Integer year,
      String journal,
      String doi,
      String doiUrl,
      String pmid,
      String pmcid,
      Resolution resolved) {

    static ReferenceItem of(CitedReference c) {
      PaperRecord.Reference r = c.reference();
      return new ReferenceItem(
          c.position(),
          r.text(),
          r.title(),
          r.firstAuthor(),
          r.year(),
          r.journal(),
          r.doi() == null ? null : r.doi().value(),
          r.doi() == null ? null : r.doi().url(),
          r.pmid(),
          r.pmcid(),
          c.resolved()
              ? new Resolution(PaperListItem.of(c.cited()), c.method().name(), c.confidence())
              : null);
    }
  }

  /** The catalogue paper a reference names, how it was found and how surely (1 for identifiers). */
  record Resolution(PaperListItem paper, String method, double confidence) {}

  /** One page of the papers citing a paper. */
  record CitationPage(long paperId, int citedByCount, List<PaperListItem> items, String next) {}

  @GetMapping("/api/papers/{id}/references")
  @Operation(
      summary = "A paper's reference list, a page at a time",
      description =
          "Each entry as printed, with its identifiers and, when resolved, the catalogue paper it"
              + " names: by DOI, PMID or PMCID (confidence 1), else by title, year and first"
              + " author. Follow 'next' (also in the Link header) for more.")
  ResponseEntity<ReferencePage> references(
      @PathVariable long id,
      @Parameter(description = "The 'next' value of the previous page")
          @RequestParam(required = false)
          String cursor,
      @RequestParam(defaultValue = "20") int limit) {
    checkLimit(limit);
    long after = ListCursor.decode("after", cursor, 0);
    List<CitedReference> all = citations.references(id).orElseThrow(() -> notFound(id));
    List<CitedReference> page =
        all.stream().filter(c -> c.position() > after).limit(limit + 1L).toList();
    boolean more = page.size() > limit;
    List<CitedReference> shown = more ? page.subList(0, limit) : page;
    String next = more ? ListCursor.encode("after", shown.get(limit - 1).position()) : null;
    int resolved = (int) all.stream().filter(CitedReference::resolved).count();
    return withLink(
        next,
        new ReferencePage(
            id, all.size(), resolved, shown.stream().map(ReferenceItem::of).toList(), next));
  }

  @GetMapping("/api/papers/{id}/citations")
  @Operation(
      summary = "The papers in the catalogue citing a paper, newest added first",
      description = "Follow 'next' (also in the Link header) for more.")
  ResponseEntity<CitationPage> citations(
      @PathVariable long id,
      @Parameter(description = "The 'next' value of the previous page")
          @RequestParam(required = false)
          String cursor,
      @RequestParam(defaultValue = "20") int limit) {
    checkLimit(limit);
    long before = ListCursor.decode("before", cursor, Long.MAX_VALUE);
    if (!citations.exists(id)) {
      throw notFound(id);
    }
    List<PaperSummary> page = citations.citingPapers(id, before, limit + 1);
    boolean more = page.size() > limit;
    List<PaperSummary> shown = more ? page.subList(0, limit) : page;
    String next = more ? ListCursor.encode("before", shown.get(limit - 1).id()) : null;
    return withLink(
        next,
        new CitationPage(
            id, citations.citedBy(id), shown.stream().map(PaperListItem::of).toList(), next));
  }

  private static <T> ResponseEntity<T> withLink(String next, T body) {
    ResponseEntity.BodyBuilder response = ResponseEntity.ok();
    NextPageLink.add(response, next);
    return response.body(body);
  }

  private static void checkLimit(int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new ResponseStatusException(
          HttpStatus.BAD_REQUEST,
          "limit must be between 1 and %d, not %d".formatted(MAX_LIMIT, limit));
    }
  }

  private static ResponseStatusException notFound(long id) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, "No paper has id " + id);
  }
}
