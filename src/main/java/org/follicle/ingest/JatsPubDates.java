package org.follicle.ingest;

import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;
import org.follicle.catalog.PartialDate;

/**
 * The pub-dates of an article and the one that dates it: the electronic publication, else the print
 * one, else the (collection). A season gives the year only.
 */
final class JatsPubDates {

  private static final int NOT_A_PUBLICATION = Integer.MAX_VALUE;

  /** One pub-date as written, ranked: 0 electronic, 1 print, 2 the issue's. */
  private record Candidate(int rank, int line, String year, String month, String day) {}

  private final List<Candidate> candidates = new ArrayList<>();

  /** Reads the pub-date element the cursor is at. */
  void read(XmlCursor cursor) throws XMLStreamException {
    int rank =
        rank(
            cursor.attribute("pub-type"),
            cursor.attribute("date-type"),
            cursor.attribute("publication-format"));
    int line = cursor.line();
    String year = null;
    String month = null;
    String day = null;
    while (cursor.nextChild()) {
      switch (cursor.name()) {
        case "year" -> year = cursor.text();
        case "month" -> month = cursor.text();
        case "day" -> day = cursor.text();
        default -> cursor.skip();
      }
    }
    if (year != null && rank != NOT_A_PUBLICATION) {
      candidates.add(new Candidate(rank, line, year, month, day));
    }
  }

  /** The date of the best-ranked pub-date; an impossible one is left out with a warning. */
  PartialDate best(JatsArticle article) {
    return candidates.stream()
        .min(Comparator.comparingInt(Candidate::rank))
        .map(candidate -> date(candidate, article))
        .orElse(null);
  }

  private static PartialDate date(Candidate candidate, JatsArticle article) {
    try {
      Integer month = month(candidate.month());
      return new PartialDate(
          number(candidate.year(), "\\d{4}", "year"),
          month,
          month == null ? null : number(candidate.day(), "\\d{1,2}", "day"));
    } catch (IllegalArgumentException e) {
      article.warn(candidate.line(), "pub-date left out: " + e.getMessage());
      return null;
    }
  }

  private static int rank(String pubType, String dateType, String format) {
    boolean publication = "pub".equals(dateType) || "publication".equals(dateType);
    if ("epub".equals(pubType) || (publication && "electronic".equals(format))) {
      return 0;
    }
    if ("ppub".equals(pubType) || "epub-ppub".equals(pubType) || publication) {
      return 1;
    }
    if ("collection".equals(pubType) || "collection".equals(dateType)) {
      return 2;
    }
    return NOT_A_PUBLICATION;
  }

  private static Integer month(String text) {
    if (text == null || text.matches("\\d{1,2}")) {
      return number(text, "\\d{1,2}", "month");
    }
    String name = text.toUpperCase(Locale.ROOT);
    for (Month month : Month.values()) {
      if (name.length() >= 3 && month.name().startsWith(name)) {
        return month.getValue();
      }
    }
    throw new IllegalArgumentException("'%s' is not a month".formatted(text));
  }

  private static Integer number(String text, String pattern, String what) {
    if (text == null) {
      return null;
    }
    if (!text.matches(pattern)) {
      throw new IllegalArgumentException("'%s' is not a %s".formatted(text, what));
    }
    return Integer.valueOf(text);
  }
}
