package org.follicle.ingest;

import java.util.List;

/** What one import run did, and every input it rejected with where and why. */
public record ImportReport(
    long imported, long updated, long unchanged, long deleted, List<Rejection> rejections) {

  public ImportReport {
    rejections = List.copyOf(rejections);
  }

  /** One rejected input: the file, the place in it (line, record), and the reason. */
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

  /** Whether any input was rejected (exit code 2 on the command line). */
  public boolean hasRejections() {
    return !rejections.isEmpty();
  }
}
