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

  /**
   * Where a reader puts what it read. A location names the place in the file a person would look
   * for: "line 12", "record 3 (PMID 123)", "item 2 (id x)".
   */
  interface RecordSink {
    /** A record to store. */
    void accept(PaperRecord record);

    /** An input that could not be stored at all, and why. */
    void reject(String location, String reason);

    /** A record stored without a value that was wrong (a malformed DOI, an impossible date). */
    void warn(String location, String reason);

    /** A PMID that the source deleted (PubMed's DeleteCitation). */
    void delete(String location, String pmid);
  }
}
