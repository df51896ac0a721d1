package org.follicle.ingest;

import java.util.ArrayList;
import java.util.List;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.MalformedIdentifierException;
import org.follicle.catalog.PaperRecord;
import org.follicle.catalog.UpsertOutcome;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Stores what a reader reads, a batch at a time (one transaction per batch: the rate the catalogue
 * can take), and counts the outcomes; a record the catalogue refuses is rejected alone.
 */
class ImportTally implements FormatReader.RecordSink {

  static final int BATCH = 200;

  private final Catalog catalog;
  private final String source;
  private final ImportListener listener;
  private final long[] outcomes = new long[UpsertOutcome.values().length];
  private final List<ImportReport.Problem> problems = new ArrayList<>();
  private long rejected;
  private long warned;
  private final List<PaperRecord> batch = new ArrayList<>(BATCH);
  private final List<Long> positions = new ArrayList<>(BATCH);
  private long deleted;
  private long position;

  ImportTally(Catalog catalog, String source, ImportListener listener) {
    this.catalog = catalog;
    this.source = source;
    this.listener = listener;
  }

  @Override
  public void accept(PaperRecord record) {
    batch.add(record);
    positions.add(++position);
    if (batch.size() == BATCH) {
      flush();
    }
  }

  /** Stores the records read so far; called when a batch is full, before a deletion, at the end. */
  void flush() {
    if (batch.isEmpty()) {
      return;
    }
    try {
      List<UpsertOutcome> stored = catalog.upsertAll(batch);
      for (int i = 0; i < stored.size(); i++) {
        counted(stored.get(i), batch.get(i), positions.get(i));
      }
    } catch (IllegalArgumentException | DataIntegrityViolationException e) {
      // The batch was rolled back whole: store its records one by one to find the one refused.
      for (int i = 0; i < batch.size(); i++) {
        storeAlone(batch.get(i), positions.get(i));
      }
    }
    batch.clear();
    positions.clear();
  }

  private void storeAlone(PaperRecord record, long at) {
    try {
      counted(catalog.upsert(record), record, at);
    } catch (IllegalArgumentException | DataIntegrityViolationException e) {
      reject("record " + at, "could not be stored: " + e.getMessage());
    }
  }

  private void counted(UpsertOutcome outcome, PaperRecord record, long at) {
    outcomes[outcome.ordinal()]++;
    listener.recordStored();
    if (outcome == UpsertOutcome.SUPPRESSED) {
      warn("record " + at, "PMID " + record.pmid() + " was deleted from PubMed; it stays deleted");
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
    flush();
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
    flush();
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
