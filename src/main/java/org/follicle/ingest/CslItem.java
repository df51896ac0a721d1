package org.follicle.ingest;

import de.undercouch.citeproc.csl.CSLType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.follicle.catalog.PaperRecord;
import org.follicle.catalog.PaperRecord.Author;
import org.follicle.catalog.PartialDate;

/**
 * A paper as a CSL item, the map that CSL-JSON writes and citeproc formats; keys in CSL-JSON's
 * names, values as JSON has them (strings, numbers, lists, maps), absent fields left out.
 */
final class CslItem {

  private CslItem() {}

  static Map<String, Object> of(PaperRecord paper, String id) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("id", id);
    item.put("type", type(paper));
    item.put("title", paper.title());
    put(item, "author", authors(paper.authors()));
    put(item, "issued", issued(paper.date()));
    PaperRecord.Journal journal = paper.journal();
    if (journal != null) {
      item.put("container-title", journal.name());
      put(item, "ISSN", ExportedText.issns(journal));
      put(item, "publisher", journal.publisher());
    }
    put(item, "volume", paper.volume());
    put(item, "issue", paper.issue());
    put(item, "page", paper.pages());
    put(item, "DOI", paper.doi() == null ? null : paper.doi().value());
    put(item, "PMID", paper.pmid());
    put(item, "PMCID", paper.pmcid());
    put(item, "keyword", ExportedText.keywords(paper));
    // Blank lines between sections, as the CSL-JSON reader splits them.
    put(item, "abstract", ExportedText.abstractText(paper, "\n\n"));
    put(item, "language", paper.language());
    return item;
  }

  /**
   * The CSL type: that of the kind a publication type names; else the CSL type whose label, as the
   * CSL-JSON reader gives it, is a publication type ("Dataset"); else a journal article when the
   * paper appeared in a journal.
   */
  private static String type(PaperRecord paper) {
    PaperKind named = PaperKind.named(paper);
    if (named != null) {
      return named.csl();
    }
    for (String publicationType : paper.publicationTypes()) {
      for (CSLType type : CSLType.values()) {
        if (CslTypes.label(type.toString()).equalsIgnoreCase(publicationType)) {
          return type.toString();
        }
      }
    }
    return PaperKind.of(paper) == PaperKind.ARTICLE ? "article-journal" : "document";
  }

  private static List<Map<String, String>> authors(List<Author> authors) {
    List<Map<String, String>> names = new ArrayList<>();
    for (Author author : authors) {
      Map<String, String> name = new LinkedHashMap<>();
      if (author.collectiveName() != null) {
        name.put("literal", author.collectiveName());
      } else {
        name.put("family", author.family());
        if (author.given() != null) {
          name.put("given", author.given());
        }
      }
      names.add(name);
    }
    return names.isEmpty() ? null : names;
  }

  private static Map<String, Object> issued(PartialDate date) {
    if (date.isEmpty()) {
      return null;
    }
    List<Integer> parts = new ArrayList<>();
    parts.add(date.year());
    if (date.month() != null) {
      parts.add(date.month());
      if (date.day() != null) {
        parts.add(date.day());
      }
    }
    return Map.of("date-parts", List.of(parts));
  }

  private static void put(Map<String, Object> item, String key, Object value) {
    if (value != null) {
      item.put(key, value);
    }
  }
}
