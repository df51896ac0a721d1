package org.follicle.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.follicle.catalog.Doi;
import org.follicle.catalog.PaperRecord;
import org.follicle.catalog.PartialDate;
import org.follicle.catalog.Pmid;
import tools.jackson.databind.JsonNode;

/** Maps one CSL-JSON item to a catalogue record; throws naming the field that is wrong. */
final class CslItemMapping {

  /**
   * Set in an item's {@code custom} object when Follicle, not the publisher, wrote the abstract.
   */
  static final String ABSTRACT_PROVENANCE = "abstract-provenance";

  private CslItemMapping() {}

  static PaperRecord toRecord(JsonNode item) {
    String title = text(item, "title");
    if (title == null) {
      throw new IllegalArgumentException("title: missing, and a paper needs one");
    }
    String type = text(item, "type");
    JsonNode custom = item.path("custom");
    return new PaperRecord(
        title,
        text(item, "genre"),
        type == null ? List.of() : List.of(CslTypes.label(type)),
        field("issued", () -> date(item.path("issued"))),
        journal(item),
        text(item, "volume"),
        text(item, "issue"),
        text(item, "page"),
        field("DOI", () -> text(item, "DOI") == null ? null : Doi.parse(text(item, "DOI"))),
        field("PMID", () -> text(item, "PMID") == null ? null : Pmid.parse(text(item, "PMID"))),
        field(
            "PMCID",
            () -> text(item, "PMCID") == null ? null : Pmid.parsePmcid(text(item, "PMCID"))),
        text(item, "language"),
        authors(item.path("author")),
        keywords(text(item, "keyword")),
        List.of(),
        AbstractText.sections(text(item, "abstract")),
        "follicle".equals(text(custom, ABSTRACT_PROVENANCE)),
        List.of());
  }

  /** Reads one field, naming it in the error when its value is wrong. */
  private static <T> T field(String name, Supplier<T> reader) {
    try {
      return reader.get();
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
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
    JsonNode parts = issued.path("date-parts").path(0);
    if (parts.isArray() && !parts.isEmpty()) {
      return new PartialDate(number(parts, 0), number(parts, 1), number(parts, 2));
    }
    String raw = text(issued, "raw");
    return raw == null ? null : PartialDate.parseIso(raw);
  }

  private static Integer number(JsonNode parts, int index) {
    JsonNode part = parts.path(index);
    if (part.isMissingNode() || part.isNull() || part.asString().isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(part.asString().strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + part.asString() + "' is not a number", e);
    }
  }

  private static List<PaperRecord.Author> authors(JsonNode names) {
    List<PaperRecord.Author> authors = new ArrayList<>();
    if (names.isString()) {
      // Not CSL, but written by hand often enough: "Family, Given".
      String[] parts = names.asString().split(",", 2);
      authors.add(
          new PaperRecord.Author(
              parts[0].strip(), parts.length > 1 ? parts[1].strip() : null, null, null, null));
      return authors;
    }
    for (JsonNode name : names) {
      String literal = text(name, "literal");
      String family = joined(text(name, "non-dropping-particle"), text(name, "family"));
      String given = joined(text(name, "given"), text(name, "dropping-particle"));
      if (literal != null) {
        authors.add(new PaperRecord.Author(null, null, literal, null, null));
      } else if (family != null) {
        authors.add(new PaperRecord.Author(family, given, null, null, null));
      }
    }
    return authors;
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
