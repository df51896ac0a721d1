package org.follicle.ingest;

import java.io.IOException;
import org.follicle.catalog.PaperRecord;

/** Writes the papers of one export run, one at a time, in one format. */
interface PaperWriter {

  /** Writes one paper. */
  void write(PaperRecord paper) throws IOException;

  /** Writes what comes after the last paper, if the format has anything there. */
  default void finish() throws IOException {}
}
