package org.follicle.ingest;

import java.nio.file.Path;

/** Follows an import as it runs: for progress bars, job status and problem logs. */
public interface ImportListener {

  /** Ignores everything. */
  ImportListener NONE = new ImportListener() {};

  /** The run starts: how many bytes its files hold in all. */
  default void started(long totalBytes, int files) {}

  /** A file starts. */
  default void fileStarted(Path file) {}

  /** More bytes of the input were read (compressed bytes for a gzip file). */
  default void bytesRead(long count) {}

  /** A record was stored (imported, updated or unchanged). */
  default void recordStored() {}

  /** A problem, as it happens. */
  default void problem(ImportReport.Problem problem) {}
}
