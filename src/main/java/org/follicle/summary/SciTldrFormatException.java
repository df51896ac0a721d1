package org.follicle.summary;

import java.nio.file.Path;

/** A line of a SciTLDR-format file that cannot be read; the message names the file and line. */
public class SciTldrFormatException extends RuntimeException {

  SciTldrFormatException(Path file, int line, String problem) {
    super(file + ":" + line + ": " + problem);
  }
}
