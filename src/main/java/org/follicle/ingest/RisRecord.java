package org.follicle.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** One RIS record as read: its fields in file order with their line numbers, and what was wrong. */
final class RisRecord {

  /** The tags of the RIS specification; any other tag is reported and its line left out. */
  private static final Set<String> KNOWN_TAGS =
      Set.of(
          "TY", "A1", "A2", "A3", "A4", "AB", "AD", "AN", "AU", "AV", "BT", "C1", "C2", "C3", "C4",
          "C5", "C6", "C7", "C8", "CA", "CN", "CP", "CT", "CY", "DA", "DB", "DO", "DP", "ED", "EP",
          "ET", "ID", "IS", "J1", "J2", "JA", "JF", "JO", "KW", "L1", "L2", "L3", "L4", "LA", "LB",
          "LK", "M1", "M2", "M3", "N1", "N2", "NV", "OP", "PB", "PP", "PY", "RI", "RN", "RP", "SE",
          "SN", "SP", "ST", "T1", "T2", "T3", "TA", "TI", "TT", "U1", "U2", "U3", "U4", "U5", "UR",
          "VL", "VO", "Y1", "Y2", "ER");

  /**
   * Tags whose values exporters spread over several lines (abstracts, notes, addresses, keyword
   * lists); a line without a tag after any other tag is a broken line, not a continuation.
   */
  private static final Set<String> MULTILINE_TAGS = Set.of("AB", "N1", "N2", "AD", "KW");

  private final int number;
  private final int line;
  private final List<RisField> fields = new ArrayList<>();
  private final List<Warning> warnings = new ArrayList<>();

  RisRecord(int number, int line) {
    this.number = number;
    this.line = line;
  }

  /** A line's problem: the line number and a sentence naming the tag or field. */
  record Warning(int line, String reason) {}

  /** The record's position in the file, counting from 1. */
  int number() {
    return number;
  }

  /** The line of the record's TY line. */
  int line() {
    return line;
  }

  void add(String tag, String value, int lineNumber) {
    if (!KNOWN_TAGS.contains(tag)) {
      warn(lineNumber, "%s left out: not a RIS tag".formatted(tag));
    }
    fields.add(new RisField(tag, lineNumber, value == null ? "" : value));
  }

  /** Adds a line without a tag to the value before it, where that value may span lines. */
  void continueWith(String text, int lineNumber) {
    RisField last = fields.get(fields.size() - 1);
    if (MULTILINE_TAGS.contains(last.tag())) {
      last.append(text);
    } else if (!text.isBlank()) {
      warn(
          lineNumber,
          "line left out: it has no tag, and %s (line %d) does not continue onto further lines"
              .formatted(last.tag(), last.line()));
    }
  }

  void warn(int lineNumber, String reason) {
    warnings.add(new Warning(lineNumber, reason));
  }

  /** Every warning so far, in line order. */
  List<Warning> warnings() {
    return warnings.stream().sorted(Comparator.comparingInt(Warning::line)).toList();
  }

  /** The first field with a value, trying the tags in the order given. */
  RisField first(String... tags) {
    for (String tag : tags) {
      for (RisField field : fields) {
        if (field.tag().equals(tag) && field.value() != null) {
          return field;
        }
      }
    }
    return null;
  }

  /** The value of {@link #first}, or null. */
  String value(String... tags) {
    RisField field = first(tags);
    return field == null ? null : field.value();
  }

  /** Every field with a value and one of these tags, in file order. */
  List<RisField> all(String... tags) {
    List<String> wanted = Arrays.asList(tags);
    return fields.stream().filter(f -> wanted.contains(f.tag()) && f.value() != null).toList();
  }
}
