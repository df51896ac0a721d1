package org.follicle.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.follicle.catalog.Doi;
import org.follicle.catalog.PaperRecord;
import org.follicle.catalog.PartialDate;
import org.follicle.catalog.Pmid;
import tools.jackson.databind.JsonNode;

/**
 * Maps one CSL-JSON item to a catalogue record. An item without a title is refused; a field with a
 * wrong value is left out and reported through {@code warnings}, naming the field.
 */
final class CslItemMapping {

  /**
   * Set in an item's {@code custom} object when Follicle, not the publisher, wrote the abstract.
   */
  static final String ABSTRACT_PROVENANCE = "abstract-provenance";

  private CslItemMapping() {}

  static PaperRecord toRecord(JsonNode item, Consumer<String> warnings) {
    String title = text(item, "title");
    if (title == null) {
      throw new IllegalArgumentException("title: missing, and a paper needs one");
    }
    String type = text(item, "type");
    PaperRecord.Builder record =
        PaperRecord.builder()
            .title(title)
            .articleType(text(item, "genre"))
            .date(field(item, "issued", CslItemMapping::date, warnings))
            .journal(journal(item))
            .volume(text(item, "volume"))
            .issue(text(item, "issue"))
            .pages(text(item, "page"))
            .doi(field(item, "DOI", n -> Doi.parse(n.asString()), warnings))
            .pmid(field(item, "PMID", n -> Pmid.parse(n.asString()), warnings))
            .pmcid(field(item, "PMCID", n -> Pmid.parsePmcid(n.asString()), warnings))
            .language(text(item, "language"))
            .abstractWrittenByFollicle(
                "follicle".equals(text(item.path("custom"), ABSTRACT_PROVENANCE)));
    if (type != null) {
      record.publicationType(CslTypes.label(type));
    }
    authors(item.path("author"), record);
    keywords(text(item, "keyword")).forEach(record::keyword);
    AbstractText.sections(text(item, "abstract")).forEach(record::abstractSection);
    return record.build();
  }

  /** Reads one field; a wrong value is reported with the field's name and left out. */
  private static <T> T field(
      JsonNode item, String name, Function<JsonNode, T> reader, Consumer<String> warnings) {
    JsonNode value = item.path(name);
    if (value.isMissingNode()
        || value.isNull()
        || (value.isString() && value.asString().isBlank())) {
      return null;
    }
    try {
      return reader.apply(value);
    } catch (IllegalArgumentException e) {
      warnings.accept(name + " left out: " + e.getMessage());
      return null;
    }
  }

  private static PaperRecord.Journal journal(JsonNode item) {
    String name = text(item, "container-title");
    if (name == null) {
      return null;
    }
    List<String> issns = split(text(item, "ISSN"), ",");
    return new PaperRecord.Journal(
        name,
        issns.isEmpty() ? null : issns.get(0),
        issns.size() > 1 ? issns.get(1) : null,
        text(item, "publisher"));
  }

  private static PartialDate date(JsonNode issued) {
    if (issued.isString()) {
      return PartialDate.parseIso(issued.asString());
    }
    PartialDate parts = CslDateParts.first(issued);
    if (parts != null) {
      return parts;
    }
    String raw = text(issued, "raw");
    return raw == null ? null : PartialDate.parseIso(raw);
  }

  private static void authors(JsonNode names, PaperRecord.Builder record) {
    if (names.isString()) {
      // Not CSL, but written by hand often enough: "Family, Given".
      String[] parts = names.asString().split(",", 2);
      record.author(
          new PaperRecord.Author(
              parts[0].strip(), parts.length > 1 ? parts[1].strip() : null, null, null, null));
      return;
    }
    for (JsonNode name : names) {
      String literal = text(name, "literal");
      String family = joined(text(name, "non-dropping-particle"), text(name, "family"));
      String given = joined(text(name, "given"), text(name, "dropping-particle"));
      if (literal != null) {
        record.author(new PaperRecord.Author(null, null, literal, null, null));
      } else if (family != null) {
        record.author(new PaperRecord.Author(family, given, null, null, null));
      }
    }
  }

  private static List<String> keywords(String keyword) {
    return split(keyword, keyword != null && keyword.contains(";") ? ";" : ",");
  }

  private static List<String> split(String text, String separator) {
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(text.split(separator))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  private static String joined(String first, String second) {
    if (first == null) {
      return second;
    }
    return second == null ? first : first + " " + second;
  }

  /** A field's text; arrays give their first element, blanks give null. */
  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (value.isArray()) {
      value = value.path(0);
    }
    if (value.isMissingNode() || value.isNull() || value.isContainer()) {
      return null;
    }
    String text = value.asString().strip();
    return text.isEmpty() ? null : text;
  }
}
