package org.follicle.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
      throw new IllegalArgumentException("no title");
    }
    String doi = text(item, "DOI");
    String pmid = text(item, "PMID");
    String pmcid = text(item, "PMCID");
    JsonNode custom = item.path("custom");
    return new PaperRecord(
        title,
        text(item, "genre"),
        List.of(),
        date(item.path("issued")),
        journal(item),
        text(item, "volume"),
        text(item, "issue"),
        text(item, "page"),
        doi == null ? null : Doi.parse(doi),
        pmid == null ? null : Pmid.parse(pmid),
        pmcid == null ? null : Pmid.parsePmcid(pmcid),
        text(item, "language"),
        authors(item.path("author")),
        keywords(text(item, "keyword")),
        List.of(),
        AbstractText.sections(text(item, "abstract")),
        "follicle".equals(text(custom, ABSTRACT_PROVENANCE)),
        List.of());
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
      throw new IllegalArgumentException("issued: '" + part.asString() + "' is not a number", e);
    }
  }

  private static List<PaperRecord.Author> authors(JsonNode names) {
    List<PaperRecord.Author> authors = new ArrayList<>();
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
