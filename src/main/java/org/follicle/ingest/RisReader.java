package org.follicle.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Reads RIS (Reference Manager, EndNote, Zotero, Mendeley exports), one record at a time between
 * {@code TY - } and {@code ER -}. Input is UTF-8; bytes that are not UTF-8 are read as U+FFFD
 * rather than failing the whole file. A record whose {@code ER} line is missing (before the next
 * {@code TY} or at the end of the file) is still stored when it has a title, with a warning.
 */
@Component
@Order(ReaderOrder.RIS)
class RisReader implements FormatReader {

  private static final Pattern RECORD_START = Pattern.compile("^TY  - ", Pattern.MULTILINE);

  // Hand-edited files get the separator wrong ("TY -  BOOK"); trusted only with a .ris name.
  private static final Pattern LOOSE_RECORD_START =
      Pattern.compile("^TY {1,2}- ", Pattern.MULTILINE);

  @Override
  public String id() {
    return "ris";
  }

  @Override
  public boolean recognizes(String fileName, byte[] head) {
    String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "");
    if (RECORD_START.matcher(text).find()) {
      return true;
    }
    boolean risName = fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".ris");
    return risName && (text.contains("TY  -") || LOOSE_RECORD_START.matcher(text).find());
  }

  @Override
  public void read(InputStream in, String source, RecordSink sink) throws IOException {
    BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    RisRecordAssembler assembler = new RisRecordAssembler(sink);
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      assembler.line(line);
    }
    assembler.end();
  }
}
