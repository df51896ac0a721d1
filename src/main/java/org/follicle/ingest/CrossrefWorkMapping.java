package org.follicle.ingest;

import static org.follicle.ingest.CrossrefValues.parsed;
import static org.follicle.ingest.CrossrefValues.plain;
import static org.follicle.ingest.CrossrefValues.raw;
import static org.follicle.ingest.CrossrefValues.text;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.follicle.catalog.Doi;
import org.follicle.catalog.PaperRecord;
import org.follicle.catalog.PartialDate;
import tools.jackson.databind.JsonNode;

/**
 * Maps one Crossref REST work to a catalogue record. A work without a title is refused; a field
 * with a wrong value is left out and reported through {@code warnings}, naming the field.
 */
final class CrossrefWorkMapping {

  /**
   * The dates a work may carry, most telling first: "published" is the earliest of print and
   * online, "issued" what Crossref falls back to when neither is known.
   */
  private static final List<String> DATE_FIELDS =
      List.of("published", "issued", "published-print", "published-online");

  private static final Pattern ISSN = Pattern.compile("^(\\d{4})-?(\\d{3}[\\dX])$");

  private CrossrefWorkMapping() {}

  static PaperRecord toRecord(JsonNode work, Consumer<String> warnings) {
    String title = plain(work, "title");
    if (title == null) {
      throw new IllegalArgumentException("title: missing, and a paper needs one");
    }
    PaperRecord.Builder record =
        PaperRecord.builder()
            .title(title)
            .date(date(work, warnings))
            .journal(journal(work, warnings))
            .volume(text(work, "volume"))
            .issue(text(work, "issue"))
            .pages(text(work, "page"))
            .doi(parsed("DOI", text(work, "DOI"), Doi::parse, warnings))
            .language(text(work, "language"));
    String type = text(work, "type");
    if (type != null) {
      record.publicationType(CrossrefTypes.label(type));
    }
    CrossrefAuthors.addTo(work.path("author"), record, warnings);
    subjects(work.path("subject"))
        .forEach(s -> record.category(new PaperRecord.Category(s, false)));
    CrossrefAbstract.sections(raw(work, "abstract")).forEach(record::abstractSection);
    notices(work.path("updated-by"), record, warnings);
    CrossrefReferences.addTo(work.path("reference"), record, warnings);
    return record.build();
  }

  private static PartialDate date(JsonNode work, Consumer<String> warnings) {
    for (String field : DATE_FIELDS) {
      PartialDate date = parsed(field, work.path(field), CslDateParts::first, warnings);
      if (date != null) {
        return date;
      }
    }
    return null;
  }

  private static PaperRecord.Journal journal(JsonNode work, Consumer<String> warnings) {
    String name = plain(work, "container-title");
    if (name == null) {
      return null;
    }
    Map<String, String> issns = issnsByType(work);
    return new PaperRecord.Journal(
        name,
        parsed("ISSN", issns.get("print"), CrossrefWorkMapping::issn, warnings),
        parsed("ISSN", issns.get("electronic"), CrossrefWorkMapping::issn, warnings),
        plain(work, "publisher"));
  }

  /**
   * The ISSNs by "print" and "electronic". Without "issn-type", the order of "ISSN" stands in for
   * the type, print first, as the CSL reader reads CSL's ISSN list.
   */
  private static Map<String, String> issnsByType(JsonNode work) {
    Map<String, String> issns = new HashMap<>();
    for (JsonNode typed : work.path("issn-type")) {
      String type = text(typed, "type");
      String value = text(typed, "value");
      if (type != null && value != null) {
        issns.putIfAbsent(type, value);
      }
    }
    if (issns.isEmpty()) {
      JsonNode listed = work.path("ISSN");
      issns.put("print", text(listed.path(0)));
      issns.put("electronic", text(listed.path(1)));
    }
    return issns;
  }

  private static String issn(String text) {
    var matcher = ISSN.matcher(text.toUpperCase(Locale.ROOT));
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "'%s' is not an ISSN: an ISSN is 8 digits (the last may be X) written 1234-567X"
              .formatted(text));
    }
    return matcher.group(1) + "-" + matcher.group(2);
  }

  private static Set<String> subjects(JsonNode subjects) {
    Set<String> names = new LinkedHashSet<>();
    for (JsonNode subject : subjects) {
      String name = plain(subject);
      if (name != null) {
        names.add(name);
      }
    }
    return names;
  }

  /**
   * Retractions, corrections and expressions of concern from "updated-by", which Crossref puts on
   * the work that a notice updates, pointing to the notice.
   */
  private static void notices(
      JsonNode updates, PaperRecord.Builder record, Consumer<String> warnings) {
    for (JsonNode update : updates) {
      String type = text(update, "type");
      PaperRecord.NoticeKind kind = CrossrefTypes.noticeKind(type);
      if (kind == null) {
        continue;
      }
      Doi doi = parsed("updated-by DOI", text(update, "DOI"), Doi::parse, warnings);
      String label = plain(update, "label");
      record.notice(new PaperRecord.Notice(kind, label == null ? type : label, doi, null));
    }
  }
}
