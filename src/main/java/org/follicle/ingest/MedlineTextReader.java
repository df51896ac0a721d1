package org.follicle.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.follicle.catalog.PaperRecord;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Reads MEDLINE/PubMed tagged text (.nbib, .txt), one record at a time: "TAG - value" lines, long
 * values continued on lines indented by six spaces, records separated by blank lines (a PMID line
 * also starts a new record). A record needs a title, not a PMID. A line that is neither a tag line
 * nor a continuation is left out with a warning. A byte sequence that is not UTF-8 (decoded as the
 * replacement character U+FFFD) makes its record a rejection; the records around it stay.
 */
@Component
@Order(ReaderOrder.MEDLINE_TEXT)
class MedlineTextReader implements FormatReader {

  @Override
  public String id() {
    return "medline";
  }

  /**
   * The first line that is not blank starts "PMID-", or is a tag padded with spaces to four
   * characters, then a dash. RIS lines look alike, but a RIS file starts with a TY line and ends
   * its records with ER lines, which MEDLINE text never writes.
   */
  @Override
  public boolean recognizes(String fileName, byte[] head) {
    String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "");
    String first = text.stripLeading().lines().findFirst().orElse("");
    boolean tagLine =
        first.startsWith("PMID-")
            || (first.length() > 4 && first.charAt(4) == '-' && MedlineField.parse(first) != null);
    return tagLine && !first.startsWith("TY  -") && !text.contains("\nER  -");
  }

  @Override
  public void read(InputStream in, String source, RecordSink sink) {
    Gathering gathering = new Gathering(sink);
    int number = 0;
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line = lines.readLine();
      if (line != null && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      while (line != null) {
        gathering.line(line, ++number);
        line = lines.readLine();
      }
      gathering.finish();
    } catch (IOException e) {
      gathering.stop(number, e);
    }
  }

  /** The record being gathered line by line, and the count of records so far. */
  private static final class Gathering {
    private final RecordSink sink;
    private final List<MedlineField> fields = new ArrayList<>();
    private int records;
    private int startLine;
    private int badLine;

    Gathering(RecordSink sink) {
      this.sink = sink;
    }

    void line(String text, int number) {
      if (text.isBlank()) {
        finish();
        return;
      }
      if (MedlineField.isContinuation(text)) {
        continueField(text, number);
        return;
      }
      MedlineField field = MedlineField.parse(text);
      if (field == null) {
        sink.warn("line " + number, "not a MEDLINE line (a tag, then '- ' and a value): left out");
        return;
      }
      if (field.tag().equals("PMID") && !fields.isEmpty()) {
        finish();
      }
      if (fields.isEmpty()) {
        records++;
        startLine = number;
      }
      fields.add(field);
      noteEncoding(text, number);
    }

    /** A line with bytes that were not UTF-8 spoils the record it belongs to. */
    private void noteEncoding(String text, int number) {
      if (badLine == 0 && text.indexOf('\uFFFD') >= 0) {
        badLine = number;
      }
    }

    private void continueField(String text, int number) {
      if (fields.isEmpty()) {
        sink.warn("line " + number, "an indented line continues no field: left out");
      } else {
        fields.get(fields.size() - 1).continueWith(text.strip());
        noteEncoding(text, number);
      }
    }

    /** Ends the record being gathered: stores it, or rejects it saying why. */
    void finish() {
      if (fields.isEmpty()) {
        return;
      }
      String location = "record %d (line %d)".formatted(records, startLine);
      if (badLine > 0) {
        sink.reject(location, "line %d is not valid UTF-8 text".formatted(badLine));
      } else {
        store(location);
      }
      fields.clear();
      badLine = 0;
    }

    /** Rejects the rest of the input, which broke off after the given line. */
    void stop(int lastLine, IOException e) {
      String where = fields.isEmpty() ? "" : "record %d (line %d), ".formatted(records, startLine);
      int complete = fields.isEmpty() ? records : records - 1;
      sink.reject(
          where + "after line " + lastLine,
          "the input could not be read to its end: %s; reading stopped, %d %s read before it"
              .formatted(e.getMessage(), complete, complete == 1 ? "record was" : "records were"));
    }

    private void store(String location) {
      PubmedDraft draft = MedlineRecordMapping.toDraft(fields);
      PaperRecord record;
      try {
        record = draft.build();
      } catch (IllegalArgumentException e) {
        sink.reject(location, e.getMessage());
        return;
      }
      sink.accept(record);
      draft.warningList().forEach(reason -> sink.warn(location, reason));
    }
  }
}
