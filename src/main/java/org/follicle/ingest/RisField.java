package org.follicle.ingest;

/** One tagged value of a RIS record, with the lines that continue it. */
final class RisField {

  private final String tag;
  private final int line;
  private final StringBuilder text;

  RisField(String tag, int line, String text) {
    this.tag = tag;
    this.line = line;
    this.text = new StringBuilder(text);
  }

  String tag() {
    return tag;
  }

  /** The line of the tag. */
  int line() {
    return line;
  }

  void append(String continuation) {
    text.append('\n').append(continuation);
  }

  /** The text as written, line breaks kept (they separate abstract paragraphs and keywords). */
  String text() {
    return text.toString();
  }

  /** The text with whitespace collapsed; null when blank. */
  String value() {
    return clean(text.toString());
  }

  static String clean(String text) {
    String value = text == null ? "" : text.replaceAll("\\s+", " ").strip();
    return value.isEmpty() ? null : value;
  }
}
