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

/** A paper's TLDR and its versions as JSON; admins replace it with their own. */
@RestController
@RequestMapping("/api/papers/{id}/summary")
@Tag(name = "Summaries", description = "TLDRs of papers, with their versions")
class TldrApiController {

  private final Tldrs tldrs;
  private final PlainSummaries plainSummaries;
  private final Catalog catalog;
  private final SummaryEditors editors;

  TldrApiController(
      Tldrs tldrs, PlainSummaries plainSummaries, Catalog catalog, SummaryEditors editors) {
    this.editors = editors;
    this.tldrs = tldrs;
    this.plainSummaries = plainSummaries;
    this.catalog = catalog;
  }

  /**
   * The current TLDR (null when the paper has none) and every version, oldest first; and the
   * current plain-language summary (null when none), whose versions and edits are at {@code
   * /plain-summary}.
   */
  record SummaryResource(
      long paperId,
      TldrVersionView tldr,
      List<TldrVersionView> versions,
      TldrVersionView plainSummary) {}

  /** An edited TLDR. */
  record TldrEdit(String tldr) {}

  @GetMapping
  @Operation(summary = "The paper's TLDR and its versions, and its plain-language summary")
  SummaryResource summary(@PathVariable long id) {
    if (catalog.paper(id).isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No paper has id " + id);
    }
    return resource(id);
  }

  @PutMapping
  @Operation(
      summary =
          "Replace the paper's TLDR with an edited one (moderators, admins and the paper's verified authors)",
      description = "Stored as a new version; resummarize never overwrites it.")
  SummaryResource edit(@PathVariable long id, @RequestBody TldrEdit edit) {
    try {
      tldrs.edit(id, edit.tldr(), editors.requireEditor(id));
    } catch (TldrEditRejected e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
    } catch (NoSuchElementException e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, e.getMessage());
    }
    return resource(id);
  }

  private SummaryResource resource(long id) {
    return new SummaryResource(
        id,
        tldrs.current(id).orElse(null),
        tldrs.history(id),
        plainSummaries.current(id).orElse(null));
  }
}
