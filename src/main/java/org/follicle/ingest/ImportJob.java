package org.follicle.ingest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** An import of one uploaded file, run in the background, with its progress and its report. */
@Entity
@Table(name = "ingest_import_job")
class ImportJob {

  /** Where a job is in its life. */
  enum Status {
    QUEUED,
    RUNNING,
    DONE,
    FAILED
  }

  static final int PROBLEMS_SHOWN = 200;

  @Id
  @Column(length = 36)
  private String id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Status status;

  @Column(name = "file_name", nullable = false, length = 500)
  private String fileName;

  @Column(length = 40)
  private String format;

  @Column(name = "stored_path", nullable = false, length = 2000)
  private String storedPath;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(name = "bytes_read", nullable = false)
  private long bytesRead;

  @Column(nullable = false)
  private long records;

  @Column(nullable = false)
  private long imported;

  @Column(nullable = false)
  private long updated;

  @Column(nullable = false)
  private long unchanged;

  @Column(nullable = false)
  private long deleted;

  @Column(nullable = false)
  private long rejected;

  @Column(nullable = false)
  private long warned;

  @Column(length = 100000)
  private String problems;

  @Column(length = 4000)
  private String error;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  protected ImportJob() {}

  ImportJob(
      String id, String fileName, String format, String storedPath, long sizeBytes, Instant now) {
    this.id = id;
    this.status = Status.QUEUED;
    this.fileName = fileName;
    this.format = format;
    this.storedPath = storedPath;
    this.sizeBytes = sizeBytes;
    this.createdAt = now;
  }

  void started(Instant now) {
    status = Status.RUNNING;
    startedAt = now;
  }

  void progressed(long bytesRead, long records) {
    this.bytesRead = Math.min(bytesRead, sizeBytes);
    this.records = records;
  }

  void finished(ImportReport report, Instant now) {
    status = Status.DONE;
    bytesRead = sizeBytes;
    imported = report.imported();
    updated = report.updated();
    unchanged = report.unchanged();
    deleted = report.deleted();
    rejected = report.rejected();
    warned = report.warned();
    records = imported + updated + unchanged;
    problems =
        String.join(
            "\n",
            report.problems().stream()
                .limit(PROBLEMS_SHOWN)
                .map(p -> p.kind().name().toLowerCase() + ": " + p)
                .map(line -> line.length() > 400 ? line.substring(0, 400) : line)
                .toList());
    finishedAt = now;
  }

  void failed(String reason, Instant now) {
    status = Status.FAILED;
    error = reason.length() > 4000 ? reason.substring(0, 4000) : reason;
    finishedAt = now;
  }

  ImportJobView view() {
    return new ImportJobView(
        id,
        status.name().toLowerCase(),
        fileName,
        format,
        sizeBytes,
        bytesRead,
        records,
        imported,
        updated,
        unchanged,
        deleted,
        rejected,
        warned,
        problems == null || problems.isEmpty() ? List.of() : List.of(problems.split("\n")),
        error,
        createdAt,
        startedAt,
        finishedAt);
  }

  String getId() {
    return id;
  }

  Status getStatus() {
    return status;
  }

  String getStoredPath() {
    return storedPath;
  }

  String getFormat() {
    return format;
  }
}
