package org.follicle.ingest;

import java.util.ArrayList;
import java.util.List;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.MalformedIdentifierException;
import org.follicle.catalog.PaperRecord;
import org.follicle.catalog.UpsertOutcome;

/**
 * Stores what a reader reads and counts the outcomes; a record the catalogue refuses is rejected.
 */
class ImportTally implements FormatReader.RecordSink {

  private final Catalog catalog;
  private final String source;
  private final long[] outcomes = new long[UpsertOutcome.values().length];
  private final List<ImportReport.Rejection> rejections = new ArrayList<>();
  private final List<ImportReport.Rejection> warnings = new ArrayList<>();
  private long deleted;
  private long position;

  ImportTally(Catalog catalog, String source) {
    this.catalog = catalog;
    this.source = source;
  }

  @Override
  public void accept(PaperRecord record) {
    position++;
    try {
      UpsertOutcome outcome = catalog.upsert(record);
      outcomes[outcome.ordinal()]++;
      if (outcome == UpsertOutcome.SUPPRESSED) {
        warn(
            "record " + position,
            "PMID " + record.pmid() + " was deleted from PubMed; it stays deleted");
      }
    } catch (IllegalArgumentException e) {
      reject("record " + position, e.getMessage());
    }
  }

  @Override
  public void reject(String location, String reason) {
    rejections.add(new ImportReport.Rejection(source, location, reason));
  }

  @Override
  public void warn(String location, String reason) {
    warnings.add(new ImportReport.Rejection(source, location, reason));
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

  ImportReport report() {
    return new ImportReport(
        outcomes[UpsertOutcome.IMPORTED.ordinal()],
        outcomes[UpsertOutcome.UPDATED.ordinal()],
        outcomes[UpsertOutcome.UNCHANGED.ordinal()] + outcomes[UpsertOutcome.SUPPRESSED.ordinal()],
        deleted,
        rejections,
        warnings);
  }
}
