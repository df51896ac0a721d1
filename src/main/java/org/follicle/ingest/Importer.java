package org.follicle.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

  /**
   * Reads one input and stores its records; the format is detected from the name and first bytes
   * unless given. Unreadable input is reported as a rejection, never thrown.
   */
  public ImportReport importStream(String source, InputStream input, Optional<String> format) {
    ImportTally tally = new ImportTally(catalog, source);
    try (InputStream in = new BufferedInputStream(input)) {
      Optional<FormatReader> reader = format.isPresent() ? named(format.get()) : detect(source, in);
      if (reader.isEmpty()) {
        tally.reject(
            null,
            format
                .map(f -> "unknown format '" + f + "'; known: " + formats())
                .orElse("format not recognised"));
      } else {
        reader.get().read(in, source, tally);
      }
    } catch (IOException | UncheckedIOException e) {
      tally.reject(null, "could not be read: " + e.getMessage());
    }
    return tally.report();
  }

  private Optional<FormatReader> named(String id) {
    return readers.stream().filter(r -> r.id().equalsIgnoreCase(id)).findFirst();
  }

  private Optional<FormatReader> detect(String source, InputStream in) throws IOException {
    in.mark(HEAD_BYTES);
    byte[] head = in.readNBytes(HEAD_BYTES);
    in.reset();
    return readers.stream().filter(r -> r.recognizes(source, head)).findFirst();
  }
}
