package org.follicle.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.follicle.catalog.PaperRecord;
import org.follicle.ingest.FormatReader.RecordSink;

/**
 * Groups RIS lines into records as they are read and hands each finished record to the mapping, so
 * that only one record is held at a time. Text outside records (export headers such as "Record #1
 * of 2" or "1.") is skipped; tag lines outside records are reported, since a record lost its TY.
 */
final class RisRecordAssembler {

  private static final Pattern START = Pattern.compile("^TY {1,2}-(?: +(.*))?$");
  private static final Pattern END = Pattern.compile("^ER {1,2}-(?: .*)?$");
  private static final Pattern TAG_LINE = Pattern.compile("^([A-Z][A-Z0-9])  -(?: (.*))?$");
  private static final Pattern BROKEN_TAG_LINE = Pattern.compile("^([A-Z][A-Z0-9]) *-(?: .*)?$");

  private final RecordSink sink;
  private int lineNumber;
  private int recordCount;
  private RisRecord current;
  private int firstStrayLine;
  private int lastStrayLine;

  RisRecordAssembler(RecordSink sink) {
    this.sink = sink;
  }

  void line(String text) {
    lineNumber++;
    String line = lineNumber == 1 && text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (current == null) {
      outsideRecord(line);
    } else {
      insideRecord(line);
    }
  }

  void end() {
    if (current != null) {
      finish("ER line missing at the end of the file; kept because the record has a title");
    }
    if (recordCount == 0) {
      sink.reject(
          "line " + Math.max(firstStrayLine, 1),
          "no RIS record found (a RIS record starts with 'TY  - ')");
    } else {
      reportStrayLines();
    }
  }

  private void outsideRecord(String line) {
    Matcher start = START.matcher(line);
    if (start.matches()) {
      reportStrayLines();
      begin(start.group(1));
    } else if (TAG_LINE.matcher(line).matches()) {
      firstStrayLine = firstStrayLine == 0 ? lineNumber : firstStrayLine;
      lastStrayLine = lineNumber;
    }
  }

  private void insideRecord(String line) {
    Matcher start = START.matcher(line);
    Matcher tag = TAG_LINE.matcher(line);
    Matcher broken = BROKEN_TAG_LINE.matcher(line);
    if (END.matcher(line).matches()) {
      finish(null);
    } else if (start.matches()) {
      finish(
          "ER line missing before the next record at line %d; kept because the record has a title"
              .formatted(lineNumber));
      begin(start.group(1));
    } else if (tag.matches()) {
      current.add(tag.group(1), tag.group(2), lineNumber);
    } else if (broken.matches()) {
      current.warn(
          lineNumber,
          "line left out: '%s' is not a tag line (two characters, two spaces, '-' and a space)"
              .formatted(line.strip()));
    } else {
      current.continueWith(line, lineNumber);
    }
  }

  private void begin(String type) {
    recordCount++;
    current = new RisRecord(recordCount, lineNumber);
    current.add("TY", type, lineNumber);
  }

  /** Maps and emits the current record; {@code missingEnd} says why it lacks an ER, if it does. */
  private void finish(String missingEnd) {
    RisRecord record = current;
    current = null;
    String location = "record %d (line %d)".formatted(record.number(), record.line());
    PaperRecord paper;
    try {
      paper = RisRecordMapping.toRecord(record);
    } catch (IllegalArgumentException e) {
      sink.reject(location, e.getMessage());
      return;
    }
    record.warnings().forEach(w -> sink.warn("line " + w.line(), w.reason()));
    if (missingEnd != null) {
      sink.warn(location, missingEnd);
    }
    sink.accept(paper);
  }

  private void reportStrayLines() {
    if (firstStrayLine == 0) {
      return;
    }
    sink.reject(
        "line " + firstStrayLine,
        "tag lines %d to %d have no 'TY  - ' line before them, so they belong to no record; left out"
            .formatted(firstStrayLine, lastStrayLine));
    firstStrayLine = 0;
    lastStrayLine = 0;
  }
}
