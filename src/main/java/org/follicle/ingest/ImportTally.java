package org.follicle.ingest;

import java.util.ArrayList;
import java.util.List;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.MalformedIdentifierException;
import org.follicle.catalog.PaperRecord;
import org.follicle.catalog.UpsertOutcome;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Stores what a reader reads and counts the outcomes; a record the catalogue refuses is rejected.
 */
class ImportTally implements FormatReader.RecordSink {

  private final Catalog catalog;
  private final String source;
  private final ImportListener listener;
  private final long[] outcomes = new long[UpsertOutcome.values().length];
  private final List<ImportReport.Problem> problems = new ArrayList<>();
  private long rejected;
  private long warned;
  private long deleted;
  private long position;

  ImportTally(Catalog catalog, String source, ImportListener listener) {
    this.catalog = catalog;
    this.source = source;
    this.listener = listener;
  }

  @Override
  public void accept(PaperRecord record) {
    position++;
    try {
      UpsertOutcome outcome = catalog.upsert(record);
      outcomes[outcome.ordinal()]++;
      listener.recordStored();
      if (outcome == UpsertOutcome.SUPPRESSED) {
        warn(
            "record " + position,
            "PMID " + record.pmid() + " was deleted from PubMed; it stays deleted");
      }
    } catch (IllegalArgumentException | DataIntegrityViolationException e) {
      reject("record " + position, "could not be stored: " + e.getMessage());
    }
  }

  @Override
  public void reject(String location, String reason) {
    rejected++;
    problem(ImportReport.Kind.REJECTED, location, reason);
  }

  @Override
  public void warn(String location, String reason) {
    warned++;
    problem(ImportReport.Kind.WARNING, location, reason);
  }

  @Override
  public void delete(String location, String pmid) {
    try {
      if (catalog.deleteByPmid(pmid)) {
        deleted++;
      }
    } catch (MalformedIdentifierException e) {
      reject(location, e.getMessage());
    }
  }

  private void problem(ImportReport.Kind kind, String location, String reason) {
    ImportReport.Problem problem = new ImportReport.Problem(kind, source, location, reason);
    listener.problem(problem);
    if (problems.size() < ImportReport.PROBLEMS_KEPT) {
      problems.add(problem);
    }
  }

  ImportReport report() {
    return new ImportReport(
        outcomes[UpsertOutcome.IMPORTED.ordinal()],
        outcomes[UpsertOutcome.UPDATED.ordinal()],
        outcomes[UpsertOutcome.UNCHANGED.ordinal()] + outcomes[UpsertOutcome.SUPPRESSED.ordinal()],
        deleted,
        rejected,
        warned,
        problems);
  }
}
