package org.follicle.ingest;

import java.util.List;

/** What one import run did, and every input it rejected with where and why. */
public record ImportReport(
    long imported,
    long updated,
    long unchanged,
    long deleted,
    List<Rejection> rejections,
    List<Rejection> warnings) {

  public ImportReport {
    rejections = List.copyOf(rejections);
    warnings = List.copyOf(warnings);
  }

  /** One rejected input or dropped value: the file, the place in it, and the reason. */
  public record Rejection(String source, String location, String reason) {
    @Override
    public String toString() {
      return location == null || location.isEmpty()
          ? source + ": " + reason
          : source + ", " + location + ": " + reason;
    }
  }

  /** The one line a run ends with. */
  public String summaryLine() {
    return "imported %d, updated %d, unchanged %d, deleted %d, rejected %d"
        .formatted(imported, updated, unchanged, deleted, rejections.size());
  }

  /** Whether any input or value was rejected (exit code 2 on the command line). */
  public boolean hasRejections() {
    return !rejections.isEmpty() || !warnings.isEmpty();
  }

  /** This report and another, as one run. */
  public ImportReport plus(ImportReport other) {
    return new ImportReport(
        imported + other.imported,
        updated + other.updated,
        unchanged + other.unchanged,
        deleted + other.deleted,
        java.util.stream.Stream.concat(rejections.stream(), other.rejections.stream()).toList(),
        java.util.stream.Stream.concat(warnings.stream(), other.warnings.stream()).toList());
  }
}
