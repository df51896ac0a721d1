package org.follicle.ingest;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Pattern;
import org.follicle.catalog.PartialDate;

/**
 * Parses RIS dates: "2019", "2019///", "2019/03", "2019/03/12/" and "2019/03/12/other info", with
 * empty or zero parts meaning "not known"; a month may be a name ("2015/october").
 */
final class RisDate {

  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern NUMBER = Pattern.compile("\\d{1,2}");

  private RisDate() {}

  /** The date, or an IllegalArgumentException naming what is wrong with it. */
  static PartialDate parse(String text) {
    String[] parts = text.strip().split("[/-]", -1);
    if (!YEAR.matcher(parts[0].strip()).matches()) {
      throw wrong(text);
    }
    int year = Integer.parseInt(parts[0].strip());
    Integer month = parts.length > 1 ? month(parts[1].strip(), text) : null;
    Integer day = month != null && parts.length > 2 ? number(parts[2].strip(), text) : null;
    try {
      return new PartialDate(year, month, day);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "'%s' is not a date: %s".formatted(text.strip(), e.getMessage()), e);
    }
  }

  private static Integer month(String part, String text) {
    for (Month month : Month.values()) {
      String name = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      if (part.length() >= 3 && name.regionMatches(true, 0, part, 0, part.length())) {
        return month.getValue();
      }
    }
    return number(part, text);
  }

  /** A month or day number; empty and zero mean the exporter did not know it. */
  private static Integer number(String part, String text) {
    if (part.isEmpty()) {
      return null;
    }
    if (!NUMBER.matcher(part).matches()) {
      throw wrong(text);
    }
    int value = Integer.parseInt(part);
    return value == 0 ? null : value;
  }

  private static IllegalArgumentException wrong(String text) {
    return new IllegalArgumentException(
        "'%s' is not a date such as 2019, 2019/03 or 2019/03/12".formatted(text.strip()));
  }
}
