package org.follicle;

import java.io.PrintWriter;
import java.time.Duration;
import org.follicle.ingest.ImportListener;
import org.follicle.ingest.ImportReport;

/**
 * An import's progress on the terminal: a bar redrawn in place when a person watches, a line every
 * ten seconds when output goes to a log; problems printed as they happen.
 */
class TerminalProgress implements ImportListener {

  private static final long REDRAW_NANOS = Duration.ofMillis(250).toNanos();
  private static final long LOG_NANOS = Duration.ofSeconds(10).toNanos();
  private static final int BAR_WIDTH = 24;

  private final PrintWriter err;
  private final boolean interactive;
  private long startedAt = System.nanoTime();
  private long totalBytes;
  private long bytes;
  private long records;
  private long lastDrawn = startedAt;
  private boolean lineOpen;

  TerminalProgress(PrintWriter err, boolean interactive) {
    this.err = err;
    this.interactive = interactive;
  }

  @Override
  public void started(long totalBytes, int files) {
    this.totalBytes = totalBytes;
    startedAt = System.nanoTime();
    lastDrawn = startedAt;
  }

  @Override
  public void bytesRead(long count) {
    bytes += count;
    drawIfDue();
  }

  @Override
  public void recordStored() {
    records++;
    drawIfDue();
  }

  @Override
  public void problem(ImportReport.Problem problem) {
    clearLine();
    err.println(
        (problem.kind() == ImportReport.Kind.REJECTED ? "rejected: " : "warning: ") + problem);
    err.flush();
  }

  /** Ends the display, leaving the terminal clean for the summary line. */
  void finish() {
    clearLine();
    double seconds = Math.max(elapsedNanos(), 1) / 1e9;
    err.printf(
        "read %,d records in %.1f s (%,.0f records/s)%n", records, seconds, records / seconds);
    err.flush();
  }

  private void drawIfDue() {
    long now = System.nanoTime();
    if (now - lastDrawn < (interactive ? REDRAW_NANOS : LOG_NANOS)) {
      return;
    }
    lastDrawn = now;
    String status = status(now);
    if (interactive) {
      err.print("\r" + status);
      lineOpen = true;
    } else {
      err.println("progress: " + status);
    }
    err.flush();
  }

  private String status(long now) {
    double seconds = (now - startedAt) / 1e9;
    double share = totalBytes == 0 ? 0 : Math.min(1.0, (double) bytes / totalBytes);
    int filled = (int) Math.round(share * BAR_WIDTH);
    String eta =
        share <= 0 ? "?" : format(Duration.ofSeconds((long) (seconds * (1 - share) / share)));
    return "[%s%s] %3.0f%%  %,d records  %,.0f/s  ETA %s   "
        .formatted(
            "#".repeat(filled),
            ".".repeat(BAR_WIDTH - filled),
            share * 100,
            records,
            records / seconds,
            eta);
  }

  private void clearLine() {
    if (lineOpen) {
      err.print("\r" + " ".repeat(100) + "\r");
      lineOpen = false;
    }
  }

  private long elapsedNanos() {
    return System.nanoTime() - startedAt;
  }

  private static String format(Duration d) {
    return d.toHours() > 0
        ? "%d:%02d:%02d".formatted(d.toHours(), d.toMinutesPart(), d.toSecondsPart())
        : "%d:%02d".formatted(d.toMinutesPart(), d.toSecondsPart());
  }
}
