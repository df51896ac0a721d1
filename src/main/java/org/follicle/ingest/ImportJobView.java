package org.follicle.ingest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/** An import job as the admin page and the API show it. */
record ImportJobView(
    String id,
    String status,
    String fileName,
    String format,
    long sizeBytes,
    long bytesRead,
    long records,
    long imported,
    long updated,
    long unchanged,
    long deleted,
    long rejected,
    long warned,
    List<String> problems,
    String error,
    Instant createdAt,
    Instant startedAt,
    Instant finishedAt) {

  /** How far the job has read its file, 0 to 100. */
  @JsonProperty
  public int percent() {
    return sizeBytes == 0 ? 0 : (int) Math.min(100, bytesRead * 100 / sizeBytes);
  }

  /** Whether the job may still change. */
  @JsonIgnore
  public boolean active() {
    return "queued".equals(status) || "running".equals(status);
  }

  /** The command line's summary line, once the job is done. */
  @JsonProperty
  public String summary() {
    return new ImportReport(imported, updated, unchanged, deleted, rejected, warned, List.of())
        .summaryLine();
  }
}
