package org.follicle.summary;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.NoSuchElementException;
import org.follicle.catalog.Catalog;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A paper's plain-language summary and its versions as JSON; admins replace it with their own. A
 * resource of its own beside {@code /summary}, since it is versioned and edited apart from the
 * TLDR: a PUT replaces exactly one text, and older clients of {@code /summary} are unaffected.
 */
@RestController
@RequestMapping("/api/papers/{id}/plain-summary")
@Tag(name = "Summaries", description = "TLDRs of papers, with their versions")
class PlainSummaryApiController {

  private final PlainSummaries summaries;
  private final Catalog catalog;
  private final SummaryEditors editors;

  PlainSummaryApiController(PlainSummaries summaries, Catalog catalog, SummaryEditors editors) {
    this.editors = editors;
    this.summaries = summaries;
    this.catalog = catalog;
  }

  /** The current summary (null when the paper has none) and every version, oldest first. */
  record PlainSummaryResource(
      long paperId, TldrVersionView plainSummary, List<TldrVersionView> versions) {}

  /** An edited plain-language summary. */
  record PlainSummaryEdit(String plainSummary) {}

  @GetMapping
  @Operation(summary = "The paper's plain-language summary and its versions")
  PlainSummaryResource summary(@PathVariable long id) {
    if (catalog.paper(id).isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No paper has id " + id);
    }
    return resource(id);
  }

  @PutMapping
  @Operation(
      summary =
          "Replace the paper's plain-language summary with an edited one (moderators, admins and the paper's verified authors)",
      description = "Stored as a new version; resummarize never overwrites it.")
  PlainSummaryResource edit(@PathVariable long id, @RequestBody PlainSummaryEdit edit) {
    try {
      summaries.edit(id, edit.plainSummary(), editors.requireEditor(id));
    } catch (TldrEditRejected e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
    } catch (NoSuchElementException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
    }
    return resource(id);
  }

  private PlainSummaryResource resource(long id) {
    return new PlainSummaryResource(id, summaries.current(id).orElse(null), summaries.history(id));
  }
}
