package org.follicle.ingest;

/** One field of a MEDLINE text record: its tag, and its value with the lines that continue it. */
final class MedlineField {

  private final String tag;
  private final StringBuilder value;

  private MedlineField(String tag, String value) {
    this.tag = tag;
    this.value = new StringBuilder(value);
  }

  /**
   * The field a line starts: a tag of up to four capital letters, padded with spaces, then "-" and
   * the value ("TI - A title", "PMID- 123"; the space after the dash is often missing in hand-made
   * files). Null when the line is not a tag line.
   */
  static MedlineField parse(String text) {
    int at = 0;
    while (at < text.length() && at < 4 && isTagLetter(text.charAt(at))) {
      at++;
    }
    int tagEnd = at;
    while (at < text.length() && text.charAt(at) == ' ') {
      at++;
    }
    if (tagEnd == 0 || at >= text.length() || text.charAt(at) != '-') {
      return null;
    }
    return new MedlineField(text.substring(0, tagEnd), text.substring(at + 1));
  }

  /** Whether a line continues the field above it: it is indented (by six spaces, as written). */
  static boolean isContinuation(String text) {
    return !text.isEmpty() && (text.charAt(0) == ' ' || text.charAt(0) == '\t');
  }

  /** Adds a continuation line; MEDLINE wraps long values, so the parts join with a space. */
  void continueWith(String text) {
    value.append(' ').append(text);
  }

  String tag() {
    return tag;
  }

  /** The value, trimmed and with inner whitespace collapsed; null when blank. */
  String value() {
    return PubmedDraft.clean(value);
  }

  private static boolean isTagLetter(char c) {
    return c >= 'A' && c <= 'Z';
  }
}
