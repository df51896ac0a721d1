package org.follicle.ingest;

import static org.follicle.ingest.PubmedXmlCursor.nextChild;
import static org.follicle.ingest.PubmedXmlCursor.skip;
import static org.follicle.ingest.PubmedXmlCursor.text;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.follicle.catalog.PartialDate;

/**
 * Publication dates as PubMed writes them: Year, Month (a name or a number) and Day elements, a
 * Season, or free text such as "2019 Mar 12", "2000 Spring" or "1998 Dec-1999 Jan" (MedlineDate,
 * and the DP field of MEDLINE text). Free text gives its first year and the month right after it. A
 * season gives the year only: which months it means depends on the hemisphere and the journal.
 */
final class PubmedDates {

  private static final List<String> MONTHS =
      List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

  private PubmedDates() {}

  /** Reads a date element (PubDate, ArticleDate); a wrong value is reported and left out. */
  static PartialDate read(XMLStreamReader xml, String field, Consumer<String> warnings)
      throws XMLStreamException {
    String year = null;
    String month = null;
    String day = null;
    String freeText = null;
    while (nextChild(xml)) {
      switch (xml.getLocalName()) {
        case "Year" -> year = text(xml);
        case "Month", "Season" -> month = text(xml);
        case "Day" -> day = text(xml);
        case "MedlineDate" -> freeText = text(xml);
        default -> skip(xml);
      }
    }
    if (year == null && freeText != null) {
      return parse(freeText, field, warnings);
    }
    return year == null ? null : of(year, month, day, field, warnings);
  }

  /**
   * Reads a date written as free text, its words separated by single spaces (as every value is once
   * cleaned); null, and a warning, when it names no year.
   */
  static PartialDate parse(String text, String field, Consumer<String> warnings) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String[] tokens = text.split(" ");
    for (int i = 0; i < tokens.length; i++) {
      if (startsWithYear(tokens[i])) {
        String month = i + 1 < tokens.length ? tokens[i + 1] : null;
        String day = i + 2 < tokens.length && isDigits(tokens[i + 2]) ? tokens[i + 2] : null;
        return of(tokens[i].substring(0, 4), month, day, field, warnings);
      }
    }
    warnings.accept("%s left out: '%s' names no year".formatted(field, text));
    return null;
  }

  /** The most precise valid date; a wrong month or day is left out, keeping the year. */
  private static PartialDate of(
      String year, String month, String day, String field, Consumer<String> warnings) {
    if (!isDigits(year)) {
      warnings.accept("%s left out: '%s' is not a year".formatted(field, year));
      return null;
    }
    try {
      Integer monthNumber = month == null ? null : monthNumber(month);
      Integer dayNumber = monthNumber != null && isDigits(day) ? Integer.valueOf(day) : null;
      return new PartialDate(Integer.valueOf(year), monthNumber, dayNumber);
    } catch (IllegalArgumentException wrongMonthOrDay) {
      try {
        PartialDate yearOnly = PartialDate.ofYear(Integer.parseInt(year));
        warnings.accept(
            "%s month and day left out: %s".formatted(field, wrongMonthOrDay.getMessage()));
        return yearOnly;
      } catch (IllegalArgumentException wrongYear) {
        warnings.accept("%s left out: %s".formatted(field, wrongYear.getMessage()));
        return null;
      }
    }
  }

  /** 1 to 12 from "Mar", "March", "03" or "Dec-1999"; null for a season or an unknown word. */
  private static Integer monthNumber(String text) {
    if (!text.isEmpty() && Character.isDigit(text.charAt(0))) {
      int end = 0;
      while (end < text.length() && Character.isDigit(text.charAt(end))) {
        end++;
      }
      return Integer.valueOf(text.substring(0, end));
    }
    if (text.length() < 3) {
      return null;
    }
    int index = MONTHS.indexOf(text.substring(0, 3).toLowerCase(Locale.ROOT));
    return index < 0 ? null : index + 1;
  }

  private static boolean startsWithYear(String token) {
    return token.length() >= 4
        && isDigits(token.substring(0, 4))
        && (token.length() == 4 || !Character.isDigit(token.charAt(4)));
  }

  private static boolean isDigits(String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
