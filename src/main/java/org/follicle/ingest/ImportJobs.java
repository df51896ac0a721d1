package org.follicle.ingest;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;

/**
 * Runs uploaded imports one at a time in the background. The upload is kept on disk until its job
 * is done, so a job cut off by a crash or restart runs again when the server comes back; importing
 * is idempotent, so every record ends up stored exactly once.
 */
@Service
class ImportJobs {

  private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

  private final ImportJobRepository jobs;
  private final Importer importer;
  private final Clock clock;
  private final Path uploads;
  private final ExecutorService runner =
      Executors.newSingleThreadExecutor(r -> new Thread(r, "import-job"));
  private volatile boolean stopping;

  ImportJobs(
      ImportJobRepository jobs,
      Importer importer,
      Clock clock,
      @Value("${follicle.data-dir}") Path dataDir) {
    this.jobs = jobs;
    this.importer = importer;
    this.clock = clock;
    this.uploads = dataDir.resolve("uploads");
  }

  /** Keeps the upload and queues its import; the format is detected when not given. */
  ImportJobView submit(String fileName, InputStream content, Optional<String> format)
      throws IOException {
    String id = UUID.randomUUID().toString();
    String name =
        fileName == null || fileName.isBlank()
            ? "upload"
            : Path.of(fileName).getFileName().toString();
    Path stored = uploads.resolve(id + "-" + name.replaceAll("[^A-Za-z0-9._-]", "_"));
    Files.createDirectories(uploads);
    long size = Files.copy(content, stored);
    ImportJob job =
        jobs.save(
            new ImportJob(id, name, format.orElse(null), stored.toString(), size, clock.instant()));
    runner.execute(() -> run(id));
    return job.view();
  }

  Optional<ImportJobView> job(String id) {
    return jobs.findById(id).map(ImportJob::view);
  }

  List<ImportJobView> recent(int count) {
    return jobs.findByOrderByCreatedAtDesc(Limit.of(count)).stream().map(ImportJob::view).toList();
  }

  /** Picks up the jobs a stopped server left behind; only a serving node runs jobs. */
  @EventListener
  void resume(ApplicationReadyEvent ready) {
    if (!(ready.getApplicationContext() instanceof WebServerApplicationContext)) {
      return;
    }
    for (ImportJob job :
        jobs.findByStatusInOrderByCreatedAt(
            EnumSet.of(ImportJob.Status.QUEUED, ImportJob.Status.RUNNING))) {
      log.info("Resuming import job {} ({})", job.getId(), job.getStatus());
      runner.execute(() -> run(job.getId()));
    }
  }

  @PreDestroy
  void stop() {
    stopping = true;
    runner.shutdownNow();
  }

  private void run(String id) {
    ImportJob job = jobs.findById(id).orElseThrow();
    Path file = Path.of(job.getStoredPath());
    if (!Files.exists(file)) {
      job.failed("the uploaded file is gone; upload it again", clock.instant());
      jobs.save(job);
      return;
    }
    job.started(clock.instant());
    job = jobs.save(job);
    try {
      JobProgress progress = new JobProgress(job, jobs);
      ImportReport report =
          importer.importPaths(List.of(file), Optional.ofNullable(job.getFormat()), progress);
      job = progress.job();
      job.finished(report, clock.instant());
      jobs.save(job);
      Files.deleteIfExists(file);
    } catch (RuntimeException | IOException e) {
      if (stopping) {
        return; // left running: the next start resumes it
      }
      log.error("Import job {} failed", id, e);
      ImportJob failed = jobs.findById(id).orElseThrow();
      failed.failed(
          e instanceof UncheckedIOException u
              ? u.getCause().getMessage()
              : String.valueOf(e.getMessage()),
          clock.instant());
      jobs.save(failed);
    }
  }

  /** Saves a running job's progress at most once a second. */
  private static final class JobProgress implements ImportListener {
    private static final long SAVE_NANOS = 1_000_000_000L;

    private final ImportJobRepository jobs;
    private ImportJob job;
    private long bytes;
    private long records;
    private long savedAt = System.nanoTime();

    JobProgress(ImportJob job, ImportJobRepository jobs) {
      this.job = job;
      this.jobs = jobs;
    }

    @Override
    public void bytesRead(long count) {
      bytes += count;
    }

    @Override
    public void recordStored() {
      records++;
      long now = System.nanoTime();
      if (now - savedAt > SAVE_NANOS) {
        savedAt = now;
        job.progressed(bytes, records);
        job = jobs.save(job);
      }
    }

    ImportJob job() {
      return job;
    }
  }
}
