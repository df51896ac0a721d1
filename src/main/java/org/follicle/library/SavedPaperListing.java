package org.follicle.library;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.PaperSummary;
import org.follicle.web.PageCursors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** A page of a reader's saved papers as lists show them, for the page and the API alike. */
@Component
class SavedPaperListing {

  private static final String CURSOR_PREFIX = "saved-before:";

  private final SavedPapers saved;
  private final Catalog catalog;

  SavedPaperListing(SavedPapers saved, Catalog catalog) {
    this.saved = saved;
    this.catalog = catalog;
  }

  /** A saved paper with when it was saved. */
  record Entry(PaperSummary paper, Instant savedAt) {}

  /** One page, and the cursor of the next or null at the end. */
  record Page(List<Entry> entries, String next) {}

  /**
   * The page of the account's saved papers that the cursor points to, newest saved first.
   *
   * @throws ResponseStatusException 400 for a cursor this list did not issue
   */
  Page page(long accountId, String cursor, int limit) {
    long before;
    try {
      before = PageCursors.decodeLong(CURSOR_PREFIX, cursor, Long.MAX_VALUE);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
    }
    List<SavedPaper> rows = saved.page(accountId, before, limit + 1);
    boolean more = rows.size() > limit;
    List<SavedPaper> shown = more ? rows.subList(0, limit) : rows;
    String next = more ? PageCursors.encode(CURSOR_PREFIX, shown.get(shown.size() - 1).id()) : null;
    return new Page(entries(shown), next);
  }

  /** The rows with their papers, in their order. */
  List<Entry> entries(List<SavedPaper> rows) {
    Map<Long, PaperSummary> papers =
        catalog.summaries(rows.stream().map(SavedPaper::paperId).toList()).stream()
            .collect(Collectors.toMap(PaperSummary::id, Function.identity()));
    List<Entry> entries = new ArrayList<>();
    for (SavedPaper row : rows) {
      PaperSummary paper = papers.get(row.paperId());
      if (paper != null) {
        entries.add(new Entry(paper, row.savedAt()));
      }
    }
    return entries;
  }

  /**
   * The paper's id when it is in the catalogue.
   *
   * @throws ResponseStatusException 404 naming the id otherwise
   */
  long requirePaper(long paperId) {
    if (catalog.summaries(List.of(paperId)).isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No paper has id " + paperId);
    }
    return paperId;
  }
}
