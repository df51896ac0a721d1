package org.follicle.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A paper's pages split into first and last page; last is null when the pages are no range. */
record PageRange(String first, String last) {

  // Hyphens, en dashes and BibTeX's double hyphen all separate the two ends of a range.
  private static final Pattern RANGE =
      Pattern.compile("^\\s*(\\S+?)\\s*(?:-+|\u2013)\\s*(\\S+)\\s*$");

  /** Splits "101-109" into 101 and 109; anything else ("e1234", "101, 105") stays whole. */
  static PageRange parse(String pages) {
    Matcher range = RANGE.matcher(pages);
    return range.matches()
        ? new PageRange(range.group(1), range.group(2))
        : new PageRange(pages.strip(), null);
  }
}
