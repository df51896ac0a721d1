package org.follicle.ingest;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.follicle.catalog.Doi;
import org.follicle.catalog.PaperRecord;
import org.follicle.catalog.PartialDate;
import org.follicle.catalog.Pmid;

/**
 * Maps one RIS record to a catalogue record. A record without a title is refused; a field with a
 * wrong value is left out and reported on the record, naming its line and tag.
 */
final class RisRecordMapping {

  // SN holds ISBNs and report numbers too; only a whole value shaped like an ISSN is one.
  private static final Pattern ISSN = Pattern.compile("^(\\d{4})-?(\\d{3}[\\dXx])(\\s.*|\\(.*)?$");
  private static final Pattern ONLINE = Pattern.compile("(?i)electronic|online");
  private static final Pattern DOI_LINK = Pattern.compile("(?i)^https?://(dx\\.)?doi\\.org/");
  private static final Pattern PUBMED = Pattern.compile("(?i)pubmed|medline");
  private static final Pattern PMID_NOTE = Pattern.compile("(?i)\\bPMID:\\s*(\\d+)\\b");
  // NCBI's exports put the identifiers into the user fields U1 to U5 as "23690738[pmid]".
  private static final Pattern TAGGED_PMID = Pattern.compile("(?i)^(\\d+)\\s*\\[pmid]$");
  private static final Pattern TAGGED_PMCID = Pattern.compile("(?i)^(PMC\\d+)\\s*\\[pmcid]$");
  private static final String[] USER_FIELDS = {"U1", "U2", "U3", "U4", "U5"};

  private RisRecordMapping() {}

  static PaperRecord toRecord(RisRecord record) {
    // TI and T1 both name the primary title; the first in the file wins.
    List<RisField> titles = record.all("TI", "T1");
    if (titles.isEmpty()) {
      throw new IllegalArgumentException("no title: a paper needs a TI or T1 line");
    }
    String type = type(record);
    PaperRecord.Builder paper =
        PaperRecord.builder()
            .title(titles.get(0).value())
            .date(date(record))
            .journal(journal(record, type))
            .volume(record.value("VL"))
            .issue(record.value("IS"))
            .pages(pages(record))
            .doi(doi(record))
            .pmid(pmid(record))
            .pmcid(pmcid(record))
            .language(record.value("LA"));
    if (type != null) {
      paper.publicationType(RisTypes.label(type));
    }
    authors(record).forEach(paper::author);
    keywords(record).forEach(paper::keyword);
    RisField summary = record.first("AB", "N2");
    if (summary != null) {
      AbstractText.sections(summary.text()).forEach(paper::abstractSection);
    }
    return paper.build();
  }

  /** Reads one field; a wrong value is reported with the field's line and tag and left out. */
  private static <T> T parsed(
      RisRecord record, RisField field, String text, Function<String, T> parser) {
    if (field == null || text == null) {
      return null;
    }
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException e) {
      record.warn(field.line(), field.tag() + " left out: " + e.getMessage());
      return null;
    }
  }

  private static <T> T parsed(RisRecord record, RisField field, Function<String, T> parser) {
    return parsed(record, field, field == null ? null : field.value(), parser);
  }

  private static String type(RisRecord record) {
    RisField type = record.first("TY");
    return parsed(record, type, RisRecordMapping::typeCode);
  }

  private static String typeCode(String type) {
    String code = RisTypes.code(type);
    if (code == null) {
      throw new IllegalArgumentException(
          "'%s' is not a RIS reference type such as JOUR or BOOK".formatted(type));
    }
    return code;
  }

  /**
   * The first of PY, Y1 and DA that can be read, made more precise by a later one of the same year:
   * exporters often write the year alone in PY and the full date in Y1 or DA.
   */
  private static PartialDate date(RisRecord record) {
    List<PartialDate> dates =
        Stream.of("PY", "Y1", "DA")
            .map(tag -> parsed(record, record.first(tag), RisDate::parse))
            .filter(Objects::nonNull)
            .toList();
    if (dates.isEmpty()) {
      return null;
    }
    Integer year = dates.get(0).year();
    return dates.stream()
        .filter(date -> year.equals(date.year()))
        .max(Comparator.comparingInt(RisRecordMapping::precision))
        .orElseThrow();
  }

  private static int precision(PartialDate date) {
    if (date.day() != null) {
      return 3;
    }
    return date.month() != null ? 2 : 1;
  }

  /** The journal, by its full name before its abbreviation; T2 names it only for periodicals. */
  private static PaperRecord.Journal journal(RisRecord record, String type) {
    String name =
        RisTypes.isPeriodical(type)
            ? record.value("JF", "T2", "JO", "JA")
            : record.value("JF", "JO", "JA");
    if (name == null) {
      return null;
    }
    Issns issns = new Issns(null, null);
    for (RisField field : record.all("SN")) {
      for (String part : field.value().split("[;,]")) {
        Matcher issn = ISSN.matcher(part.strip());
        if (issn.matches()) {
          String value = issn.group(1) + "-" + issn.group(2).toUpperCase(Locale.ROOT);
          issns = issns.with(value, issn.group(3) != null && ONLINE.matcher(issn.group(3)).find());
        }
      }
    }
    return new PaperRecord.Journal(name, issns.print(), issns.electronic(), record.value("PB"));
  }

  /** The print and electronic ISSN as far as found; the first unmarked one is taken as print. */
  private record Issns(String print, String electronic) {
    Issns with(String issn, boolean online) {
      if (issn.equals(print) || issn.equals(electronic)) {
        return this;
      }
      if (!online && print == null) {
        return new Issns(issn, electronic);
      }
      return electronic == null ? new Issns(print, issn) : this;
    }
  }

  private static List<PaperRecord.Author> authors(RisRecord record) {
    return record.all("AU", "A1").stream()
        .map(RisField::value)
        .map(RisRecordMapping::author)
        .toList();
  }

  /** "Last, First" or "Last, F." gives family and given names; a name without comma, family. */
  private static PaperRecord.Author author(String name) {
    int comma = name.indexOf(',');
    if (comma < 0) {
      return new PaperRecord.Author(name, null, null, null, null);
    }
    return new PaperRecord.Author(
        RisField.clean(name.substring(0, comma)),
        RisField.clean(name.substring(comma + 1)),
        null,
        null,
        null);
  }

  private static String pages(RisRecord record) {
    String start = record.value("SP");
    String end = record.value("EP");
    if (start == null || end == null || start.contains("-") || start.equals(end)) {
      return start;
    }
    return start + "-" + end;
  }

  /** DO first; failing that, a doi.org link among the URLs. */
  private static Doi doi(RisRecord record) {
    for (RisField field : record.all("DO")) {
      Doi doi = parsed(record, field, Doi::parse);
      if (doi != null) {
        return doi;
      }
    }
    for (RisField field : record.all("UR")) {
      for (String url : field.value().split("[\\s;]+")) {
        if (DOI_LINK.matcher(url).find()) {
          return parsed(record, field, url, Doi::parse);
        }
      }
    }
    return null;
  }

  /** Only a PMID that is clearly one: AN of a PubMed record, "PMID: x" in N1, or "x[pmid]". */
  private static String pmid(RisRecord record) {
    if (PUBMED.matcher(Objects.toString(record.value("DB"), "")).find()) {
      String accession = parsed(record, record.first("AN"), Pmid::parse);
      if (accession != null) {
        return accession;
      }
    }
    for (RisField note : record.all("N1")) {
      Matcher pmid = PMID_NOTE.matcher(note.value());
      if (pmid.find()) {
        return parsed(record, note, pmid.group(1), Pmid::parse);
      }
    }
    return tagged(record, TAGGED_PMID, Pmid::parse);
  }

  /** The PMCID: AN of a record from PMC, or "PMCx[pmcid]". */
  private static String pmcid(RisRecord record) {
    if ("PMC".equalsIgnoreCase(record.value("DB"))) {
      String accession = parsed(record, record.first("AN"), Pmid::parsePmcid);
      if (accession != null) {
        return accession;
      }
    }
    return tagged(record, TAGGED_PMCID, Pmid::parsePmcid);
  }

  private static String tagged(RisRecord record, Pattern pattern, Function<String, String> parser) {
    for (RisField field : record.all(USER_FIELDS)) {
      Matcher identifier = pattern.matcher(field.value());
      if (identifier.matches()) {
        return parsed(record, field, identifier.group(1), parser);
      }
    }
    return null;
  }

  /** One keyword per KW line, and per line or ";" within one KW value. */
  private static List<String> keywords(RisRecord record) {
    return record.all("KW").stream()
        .flatMap(field -> Arrays.stream(field.text().split("[;\\n]")))
        .map(RisField::clean)
        .filter(Objects::nonNull)
        .distinct()
        .toList();
  }
}
