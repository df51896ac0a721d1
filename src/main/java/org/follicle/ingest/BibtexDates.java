package org.follicle.ingest;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads BibLaTeX dates and BibTeX years, months and days; each method throws an
 * IllegalArgumentException naming the value it cannot read.
 */
final class BibtexDates {

  private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
  // Old libraries write the month into the year field: "June 1980".
  private static final Pattern YEAR =
      Pattern.compile("(?:[A-Za-z]+\\.?\\s+)?(\\d{4})(?:\\s*[-/–]\\s*\\d{2,4})?");
  // A month name with a day before or after it: "August 13", "July 30th", "2 sep".
  private static final Pattern MONTH_NAME =
      Pattern.compile(
          "(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?([A-Za-z]+)\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?");
  private static final List<String> MONTHS =
      List.of(
          "january",
          "february",
          "march",
          "april",
          "may",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december");

  private BibtexDates() {}

  /** A date as read, not yet checked: a month or day may be out of range. */
  record Parts(int year, Integer month, Integer day) {}

  /** A BibLaTeX date such as "2020-02-15" or "2020-02"; of a range, its start. */
  static Parts date(String text) {
    String start = text.split("/", 2)[0].strip();
    Matcher date = DATE.matcher(start);
    if (!date.matches()) {
      throw new IllegalArgumentException("'%s' is not a date like 2020-02-15".formatted(text));
    }
    return new Parts(Integer.parseInt(date.group(1)), number(date.group(2)), number(date.group(3)));
  }

  /** A year such as "2020"; of a range such as "2011/12", its start. */
  static int year(String text) {
    Matcher year = YEAR.matcher(text.strip());
    if (!year.matches()) {
      throw new IllegalArgumentException("'%s' is not a year".formatted(text));
    }
    return Integer.parseInt(year.group(1));
  }

  /**
   * A month as a number (1 to 12) or an English name or abbreviation, a day beside it ignored; of a
   * range such as "Jan-Feb", the first.
   */
  static int month(String text) {
    String first = text.strip().split("\\s*[-/–]\\s*", 2)[0];
    if (first.matches("\\d{1,2}")) {
      int number = Integer.parseInt(first);
      if (number >= 1 && number <= 12) {
        return number;
      }
    }
    Matcher named = MONTH_NAME.matcher(first);
    String name = named.matches() ? named.group(1).toLowerCase(Locale.ROOT) : "";
    for (int i = 0; i < MONTHS.size(); i++) {
      if (name.length() >= 3 && MONTHS.get(i).startsWith(name)) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("'%s' is not a month".formatted(text));
  }

  /** A day of the month as a number; whether the month has it is checked by the date. */
  static int day(String text) {
    if (!text.strip().matches("\\d{1,2}")) {
      throw new IllegalArgumentException("'%s' is not a day of the month".formatted(text));
    }
    return Integer.parseInt(text.strip());
  }

  private static Integer number(String digits) {
    return digits == null ? null : Integer.valueOf(digits);
  }
}
