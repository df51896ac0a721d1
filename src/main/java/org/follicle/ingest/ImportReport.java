package org.follicle.ingest;

import java.util.List;
import java.util.stream.Stream;

/**
 * What an import run did: exact counts, and the first {@value #PROBLEMS_KEPT} problems (rejected
 * inputs and dropped values) with where and why; every problem also goes to the run's listener.
 */
public record ImportReport(
    long imported,
    long updated,
    long unchanged,
    long deleted,
    long rejected,
    long warned,
    List<Problem> problems) {

  /** How many problems a report keeps, so that a run over millions of records stays bounded. */
  public static final int PROBLEMS_KEPT = 1000;

  public ImportReport {
    problems =
        List.copyOf(
            problems.size() > PROBLEMS_KEPT ? problems.subList(0, PROBLEMS_KEPT) : problems);
  }

  /** A report of nothing. */
  public static ImportReport empty() {
    return new ImportReport(0, 0, 0, 0, 0, 0, List.of());
  }

  /** One rejected input or dropped value: the file, the place in it, and the reason. */
  public record Problem(Kind kind, String source, String location, String reason) {
    @Override
    public String toString() {
      return location == null || location.isEmpty()
          ? source + ": " + reason
          : source + ", " + location + ": " + reason;
    }
  }

  /** Whether an input was refused or stored without a wrong value. */
  public enum Kind {
    REJECTED,
    WARNING
  }

  /** The problems kept that rejected an input. */
  public List<Problem> rejections() {
    return problems.stream().filter(p -> p.kind() == Kind.REJECTED).toList();
  }

  /** The problems kept that left a value out of a stored record. */
  public List<Problem> warnings() {
    return problems.stream().filter(p -> p.kind() == Kind.WARNING).toList();
  }

  /** The one line a run ends with. */
  public String summaryLine() {
    return "imported %d, updated %d, unchanged %d, deleted %d, rejected %d"
        .formatted(imported, updated, unchanged, deleted, rejected);
  }

  /** Whether any input or value was rejected (exit code 2 on the command line). */
  public boolean hasRejections() {
    return rejected > 0 || warned > 0;
  }

  /** This report and another, as one run. */
  public ImportReport plus(ImportReport other) {
    return new ImportReport(
        imported + other.imported,
        updated + other.updated,
        unchanged + other.unchanged,
        deleted + other.deleted,
        rejected + other.rejected,
        warned + other.warned,
        Stream.concat(problems.stream(), other.problems.stream()).limit(PROBLEMS_KEPT).toList());
  }
}
