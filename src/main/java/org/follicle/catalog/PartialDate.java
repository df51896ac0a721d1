package org.follicle.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/** A publication date as precise as its source: a year, a year and month, or a full date. */
@Embeddable
public record PartialDate(
    @Column(name = "pub_year") Integer year,
    @Column(name = "pub_month") Integer month,
    @Column(name = "pub_day") Integer day) {

  public PartialDate {
    if (year == null && (month != null || day != null)) {
      throw new IllegalArgumentException("a date with a month or day needs a year");
    }
    if (month == null && day != null) {
      throw new IllegalArgumentException("a date with a day needs a month");
    }
    if (year != null) {
      validate(year, month == null ? 1 : month, day == null ? 1 : day);
    }
  }

  /** A date known to the year. */
  public static PartialDate ofYear(int year) {
    return new PartialDate(year, null, null);
  }

  /** A date known to the month. */
  public static PartialDate ofMonth(int year, int month) {
    return new PartialDate(year, month, null);
  }

  /** Whether nothing about the date is known. */
  public boolean isEmpty() {
    return year == null;
  }

  /** ISO 8601 at the known precision: "2024", "2024-01", "2024-01-05". */
  public String iso() {
    if (year == null) {
      return "";
    }
    StringBuilder text = new StringBuilder("%04d".formatted(year));
    if (month != null) {
      text.append("-%02d".formatted(month));
    }
    if (day != null) {
      text.append("-%02d".formatted(day));
    }
    return text.toString();
  }

  /** The date as a reader writes it: "2024", "January 2024", "5 January 2024". */
  public String display() {
    if (year == null) {
      return "";
    }
    if (month == null) {
      return year.toString();
    }
    String monthName = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    return (day == null ? "" : day + " ") + monthName + " " + year;
  }

  /** Highwire's citation_publication_date form: "2024", "2024/01", "2024/01/05". */
  public String highwire() {
    return iso().replace('-', '/');
  }

  /** Parses {@link #iso()} back; an empty text gives the empty date. */
  public static PartialDate parseIso(String text) {
    if (text == null || text.isBlank()) {
      return new PartialDate(null, null, null);
    }
    String[] parts = text.strip().split("-", -1);
    try {
      return new PartialDate(
          Integer.valueOf(parts[0]),
          parts.length > 1 ? Integer.valueOf(parts[1]) : null,
          parts.length > 2 ? Integer.valueOf(parts[2]) : null);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'%s' is not a date like 2024-01-05".formatted(text), e);
    }
  }

  private static void validate(int year, int month, int day) {
    if (year < 1000 || year > 9999) {
      throw new IllegalArgumentException("year %d is out of range".formatted(year));
    }
    try {
      LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }
}
