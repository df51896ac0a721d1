package org.follicle.library;

import java.time.Instant;
import java.util.List;
import org.follicle.account.AccountDataExport;
import org.springframework.stereotype.Component;

/** The papers a reader saved, in the export of their account. */
@Component
class SavedPapersExport implements AccountDataExport {

  private final SavedPapers saved;
  private final SavedPaperListing listing;

  SavedPapersExport(SavedPapers saved, SavedPaperListing listing) {
    this.saved = saved;
    this.listing = listing;
  }

  /** A saved paper, with what identifies it outside Follicle. */
  record ExportedPaper(long paperId, String title, String doi, Instant savedAt) {}

  @Override
  public String name() {
    return "savedPapers";
  }

  @Override
  public List<ExportedPaper> export(long accountId) {
    return listing.entries(saved.all(accountId)).stream()
        .map(
            e ->
                new ExportedPaper(
                    e.paper().id(),
                    e.paper().title(),
                    e.paper().doi() == null ? null : e.paper().doi().value(),
                    e.savedAt()))
        .toList();
  }
}
