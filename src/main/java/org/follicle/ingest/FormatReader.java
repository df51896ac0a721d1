package org.follicle.ingest;

import java.io.IOException;
import java.io.InputStream;
import org.follicle.catalog.PaperRecord;

/** Reads one bibliographic format, streaming records (and rejections) to a sink as it goes. */
interface FormatReader {

  /** The name given to {@code --format}, such as {@code csl-json}. */
  String id();

  /** Whether a file looks like this format; cheap, from its name and first bytes only. */
  boolean recognizes(String fileName, byte[] head);

  /** Reads every record; a broken record is rejected through the sink and reading goes on. */
  void read(InputStream in, String source, RecordSink sink) throws IOException;

  /** Where a reader puts what it read. */
  interface RecordSink {
    void accept(PaperRecord record);

    void reject(String location, String reason);
  }
}
