package org.follicle.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.follicle.catalog.Catalog;
import org.springframework.stereotype.Service;

/** Imports bibliographic input into the catalogue through the reader of its format. */
@Service
public class Importer {

  private static final int HEAD_BYTES = 4096;

  private final Catalog catalog;
  private final List<FormatReader> readers;

  Importer(Catalog catalog, List<FormatReader> readers) {
    this.catalog = catalog;
    this.readers = readers;
  }

  /** The formats that can be named with {@code --format}. */
  public List<String> formats() {
    return readers.stream().map(FormatReader::id).sorted().toList();
  }

  /** Whether a format of this name exists. */
  public boolean knows(String format) {
    return named(format).isPresent();
  }

  /**
   * Imports files and folders (walked in name order; gzip read as it is), the format detected per
   * file unless given. Problems go to the listener as they happen; the report sums the run.
   */
  public ImportReport importPaths(
      List<Path> paths, Optional<String> format, ImportListener listener) {
    List<Path> files = ImportInputs.expand(paths);
    listener.started(files.stream().mapToLong(Importer::sizeOf).sum(), files.size());
    ImportReport report = ImportReport.empty();
    for (Path file : files) {
      listener.fileStarted(file);
      report = report.plus(importFile(file, format, listener));
    }
    return report;
  }

  /**
   * Reads one input and stores its records; the format is detected from the name and first bytes
   * unless given. Unreadable input is reported as a rejection, never thrown.
   */
  public ImportReport importStream(String source, InputStream input, Optional<String> format) {
    return importStream(source, input, format, ImportListener.NONE);
  }

  private ImportReport importFile(Path file, Optional<String> format, ImportListener listener) {
    if (!Files.isRegularFile(file)) {
      ImportTally tally = new ImportTally(catalog, file.toString(), listener);
      tally.reject(null, "no such file");
      return tally.report();
    }
    try {
      return importStream(file.toString(), ImportInputs.open(file, listener), format, listener);
    } catch (IOException e) {
      ImportTally tally = new ImportTally(catalog, file.toString(), listener);
      tally.reject(null, "could not be opened: " + e.getMessage());
      return tally.report();
    }
  }

  private ImportReport importStream(
      String source, InputStream input, Optional<String> format, ImportListener listener) {
    ImportTally tally = new ImportTally(catalog, source, listener);
    try (InputStream in = new BufferedInputStream(input)) {
      Optional<FormatReader> reader = format.isPresent() ? named(format.get()) : detect(source, in);
      if (reader.isEmpty()) {
        tally.reject(
            null,
            format
                .map(f -> "unknown format '" + f + "'; known: " + formats())
                .orElse("format not recognised; name it with --format, one of " + formats()));
      } else {
        reader.get().read(in, source, tally);
      }
    } catch (IOException | UncheckedIOException e) {
      tally.reject(null, "could not be read: " + e.getMessage());
    }
    return tally.report();
  }

  /** The reader of the format with this id. */
  Optional<FormatReader> named(String id) {
    return readers.stream().filter(r -> r.id().equalsIgnoreCase(id)).findFirst();
  }

  private Optional<FormatReader> detect(String source, InputStream in) throws IOException {
    in.mark(HEAD_BYTES);
    byte[] head = in.readNBytes(HEAD_BYTES);
    in.reset();
    return readers.stream().filter(r -> r.recognizes(source, head)).findFirst();
  }

  private static long sizeOf(Path file) {
    try {
      return Files.isRegularFile(file) ? Files.size(file) : 0;
    } catch (IOException e) {
      return 0;
    }
  }
}
