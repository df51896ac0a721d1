package org.follicle.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.follicle.catalog.PaperRecord;

/** Collects what a reader emits, for reader tests that need no database. */
public class RecordingSink implements FormatReader.RecordSink {

  public final List<PaperRecord> records = new ArrayList<>();
  public final List<String> rejections = new ArrayList<>();
  public final List<String> warnings = new ArrayList<>();
  public final List<String> deletions = new ArrayList<>();

  /** Reads a file (gunzipped when its name ends in .gz) with the reader, into a new sink. */
  public static RecordingSink read(FormatReader reader, Path file) throws IOException {
    RecordingSink sink = new RecordingSink();
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
      reader.read(in, file.getFileName().toString(), sink);
    }
    return sink;
  }

  @Override
  public void accept(PaperRecord record) {
    records.add(record);
  }

  @Override
  public void reject(String location, String reason) {
    rejections.add(location + ": " + reason);
  }

  @Override
  public void warn(String location, String reason) {
    warnings.add(location + ": " + reason);
  }

  @Override
  public void delete(String location, String pmid) {
    deletions.add(pmid);
  }
}
