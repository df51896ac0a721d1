package org.follicle.ingest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.follicle.catalog.Doi;
import org.follicle.catalog.PaperRecord;
import org.follicle.catalog.PartialDate;
import org.follicle.catalog.Pmid;

/**
 * Maps one BibTeX entry to a catalogue record. An entry without a title is refused; a field with a
 * wrong value is left out and reported through {@code warnings}, naming the field.
 */
final class BibtexEntryMapping {

  private static final Pattern ISSN = Pattern.compile("\\b(\\d{4})-?(\\d{3}[\\dXx])\\b");
  private static final Pattern DOI_LINK =
      Pattern.compile("^https?://(?:dx\\.)?doi\\.org/", Pattern.CASE_INSENSITIVE);
  private static final Pattern RESOLVER_LINK =
      Pattern.compile("^https?://[^/\\s]+/(10\\.\\S+)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");

  private BibtexEntryMapping() {}

  static PaperRecord toRecord(BibtexFields fields, Consumer<String> warnings) {
    String title = title(fields);
    if (title == null) {
      throw new IllegalArgumentException("title: missing, and a paper needs one");
    }
    Eprint eprint = new Eprint(fields.identifier("eprinttype"), fields.identifier("eprint"));
    PaperRecord.Builder record =
        PaperRecord.builder()
            .title(title)
            .publicationType(BibtexTypes.label(fields.type()))
            .date(date(fields, warnings))
            .journal(journal(fields))
            .volume(fields.text("volume"))
            .issue(firstNonNull(fields.text("number"), fields.text("issue")))
            .pages(pages(fields.text("pages")))
            .doi(doi(fields, warnings))
            .pmid(valid(eprint.or(fields, "pmid", "pubmed"), "pmid", Pmid::parse, warnings))
            .pmcid(valid(eprint.or(fields, "pmcid", "pmc"), "pmcid", Pmid::parsePmcid, warnings))
            .language(firstNonNull(fields.text("language"), fields.text("langid")));
    BibtexNames.authors(fields.raw("author")).forEach(record::author);
    keywords(fields.text("keywords")).forEach(record::keyword);
    AbstractText.sections(paragraphs(fields.raw("abstract"))).forEach(record::abstractSection);
    return record.build();
  }

  /** The title, with a BibLaTeX subtitle after a colon. */
  private static String title(BibtexFields fields) {
    String title = fields.text("title");
    String subtitle = fields.text("subtitle");
    if (title == null || subtitle == null) {
      return title;
    }
    return title + (title.matches(".*[:.?!]$") ? " " : ": ") + subtitle;
  }

  /**
   * The date from BibLaTeX's date field, else from year, month and day; a wrong part is left out
   * with what is before it kept.
   */
  private static PartialDate date(BibtexFields fields, Consumer<String> warnings) {
    String date = fields.text("date");
    if (date != null) {
      BibtexDates.Parts parts = valid(date, "date", BibtexDates::date, warnings);
      if (parts != null) {
        return partialDate(parts, true, warnings);
      }
    }
    Integer year = valid(fields.text("year"), "year", BibtexDates::year, warnings);
    if (year == null) {
      return null;
    }
    Integer month = valid(fields.month(), "month", BibtexDates::month, warnings);
    Integer day =
        month == null ? null : valid(fields.text("day"), "day", BibtexDates::day, warnings);
    return partialDate(new BibtexDates.Parts(year, month, day), false, warnings);
  }

  /**
   * The date as far as it is valid: a month such as 22 (an EDTF season) leaves the year, a day such
   * as 31 June leaves the year and month. Warnings name the date field, or for BibTeX's separate
   * fields the year or day field.
   */
  private static PartialDate partialDate(
      BibtexDates.Parts parts, boolean dateField, Consumer<String> warnings) {
    Integer month = parts.month();
    if (month != null && (month < 1 || month > 12)) {
      warnings.accept("date: %d is not a month, so only the year was kept".formatted(month));
      return partialDate(new BibtexDates.Parts(parts.year(), null, null), dateField, warnings);
    }
    try {
      return new PartialDate(parts.year(), month, parts.day());
    } catch (IllegalArgumentException e) {
      if (parts.day() == null) {
        warnings.accept((dateField ? "date" : "year") + " left out: " + e.getMessage());
        return null;
      }
      warnings.accept((dateField ? "date: the day" : "day") + " left out: " + e.getMessage());
      return partialDate(new BibtexDates.Parts(parts.year(), month, null), dateField, warnings);
    }
  }

  /** Reads a value; a wrong one is reported with the field's name and left out. */
  private static <T> T valid(
      String text, String field, Function<String, T> reader, Consumer<String> warnings) {
    if (text == null) {
      return null;
    }
    try {
      return reader.apply(text);
    } catch (IllegalArgumentException e) {
      warnings.accept(field + " left out: " + e.getMessage());
      return null;
    }
  }

  /** The container: a journal, or for a chapter or conference paper the book it is in. */
  private static PaperRecord.Journal journal(BibtexFields fields) {
    String name =
        firstNonNull(fields.text("journal"), fields.text("journaltitle"), fields.text("booktitle"));
    if (name == null) {
      return null;
    }
    List<String> issns = issns(fields.identifier("issn"));
    return new PaperRecord.Journal(
        name,
        issns.isEmpty() ? null : issns.get(0),
        issns.size() > 1 ? issns.get(1) : null,
        fields.text("publisher"));
  }

  private static List<String> issns(String text) {
    List<String> issns = new ArrayList<>();
    if (text != null) {
      Matcher issn = ISSN.matcher(text);
      while (issn.find()) {
        issns.add(issn.group(1) + "-" + issn.group(2).toUpperCase(Locale.ROOT));
      }
    }
    return issns;
  }

  /** Page ranges with a plain hyphen, however the source wrote the dash. */
  private static String pages(String pages) {
    return pages == null ? null : pages.replaceAll("\\s*[-‐‑‒–—―]+\\s*", "-");
  }

  /** The DOI field, else a doi.org link in the url field. */
  private static Doi doi(BibtexFields fields, Consumer<String> warnings) {
    Doi doi = valid(fields.identifier("doi"), "doi", BibtexEntryMapping::parseDoi, warnings);
    String url = fields.identifier("url");
    if (doi != null || url == null || !DOI_LINK.matcher(url).find()) {
      return doi;
    }
    return valid(url, "url", BibtexEntryMapping::parseDoi, warnings);
  }

  /**
   * A DOI, also as a link through any resolver: libraries store DOIs such as
   * http://doi.acm.org/10.1145/1137627.1137631, and a link escapes characters such as '<'.
   */
  private static Doi parseDoi(String text) {
    Matcher link = RESOLVER_LINK.matcher(text);
    if (!link.matches()) {
      return Doi.parse(text);
    }
    // In a link '+' is a DOI character, not an escaped space.
    return Doi.parse(URLDecoder.decode(link.group(1).replace("+", "%2B"), StandardCharsets.UTF_8));
  }

  /** BibLaTeX's eprint field and the archive its eprinttype names. */
  private record Eprint(String type, String id) {

    /** The identifier field, else the eprint when it is from {@code archive}. */
    String or(BibtexFields fields, String field, String archive) {
      String own = fields.identifier(field);
      return own != null || !archive.equalsIgnoreCase(type) ? own : id;
    }
  }

  private static List<String> keywords(String keywords) {
    if (keywords == null) {
      return List.of();
    }
    String separator = keywords.contains(";") ? ";" : ",";
    return Arrays.stream(keywords.split(separator))
        .map(String::strip)
        .filter(keyword -> !keyword.isEmpty())
        .distinct()
        .toList();
  }

  /** The abstract as plain text, keeping its paragraph breaks for the section split. */
  private static String paragraphs(String abstractText) {
    if (abstractText == null) {
      return null;
    }
    return PARAGRAPH_BREAK
        .splitAsStream(abstractText)
        .map(BibtexLatex::toUnicode)
        .filter(Objects::nonNull)
        .reduce((first, second) -> first + "\n\n" + second)
        .orElse(null);
  }

  @SafeVarargs
  private static <T> T firstNonNull(T... values) {
    for (T value : values) {
      if (value != null) {
        return value;
      }
    }
    return null;
  }
}
