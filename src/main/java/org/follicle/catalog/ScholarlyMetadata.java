package org.follicle.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The machine-readable description of a paper page: Highwire Press {@code citation_*} meta tags
 * (read by Google Scholar and Zotero) and schema.org ScholarlyArticle JSON-LD.
 */
@Component
class ScholarlyMetadata {

  private final JsonMapper json;

  ScholarlyMetadata(JsonMapper json) {
    this.json = json;
  }

  /** A {@code <meta name content>} pair. */
  record MetaTag(String name, String content) {}

  List<MetaTag> highwireTags(PaperDetails paper) {
    PaperRecord r = paper.record();
    List<MetaTag> tags = new ArrayList<>();
    add(tags, "citation_title", r.title());
    r.authors().forEach(a -> add(tags, "citation_author", a.displayName()));
    if (!r.date().isEmpty()) {
      add(tags, "citation_publication_date", r.date().highwire());
    }
    if (r.journal() != null) {
      add(tags, "citation_journal_title", r.journal().name());
      add(tags, "citation_publisher", r.journal().publisher());
      add(tags, "citation_issn", r.journal().issnPrint());
      add(tags, "citation_issn", r.journal().issnElectronic());
    }
    add(tags, "citation_volume", r.volume());
    add(tags, "citation_issue", r.issue());
    add(tags, "citation_firstpage", firstPage(r.pages()));
    add(tags, "citation_doi", r.doi() == null ? null : r.doi().value());
    add(tags, "citation_pmid", r.pmid());
    add(tags, "citation_language", r.language());
    if (!r.keywords().isEmpty()) {
      add(tags, "citation_keywords", String.join("; ", r.keywords()));
    }
    return tags;
  }

  /** The JSON-LD, escaped so that it cannot close the script element that carries it. */
  String jsonLd(PaperDetails paper, String pageUrl) {
    PaperRecord r = paper.record();
    Map<String, Object> article = new LinkedHashMap<>();
    article.put("@context", "https://schema.org");
    article.put("@type", "ScholarlyArticle");
    article.put("@id", pageUrl);
    article.put("url", pageUrl);
    article.put("headline", r.title());
    article.put("name", r.title());
    putIf(article, "datePublished", r.date().isEmpty() ? null : r.date().iso());
    putIf(article, "genre", r.articleType());
    putIf(article, "inLanguage", r.language());
    if (!r.authors().isEmpty()) {
      article.put("author", r.authors().stream().map(ScholarlyMetadata::person).toList());
    }
    if (!r.keywords().isEmpty()) {
      article.put("keywords", r.keywords());
    }
    putIf(article, "pagination", r.pages());
    putIf(article, "isPartOf", periodical(r));
    if (r.doi() != null) {
      article.put("sameAs", r.doi().url());
      article.put("identifier", propertyValue("DOI", r.doi().value()));
    }
    putIf(article, "publisher", publisher(r));
    return json.writeValueAsString(article)
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026");
  }

  static String firstPage(String pages) {
    if (pages == null) {
      return null;
    }
    String first = pages.split("[-–—]", 2)[0].strip();
    return first.isEmpty() ? null : first;
  }

  private static Map<String, Object> person(PaperRecord.Author a) {
    Map<String, Object> person = new LinkedHashMap<>();
    person.put("@type", a.collectiveName() != null ? "Organization" : "Person");
    person.put("name", a.displayName());
    putIf(person, "familyName", a.family());
    putIf(person, "givenName", a.given());
    if (a.orcid() != null) {
      person.put("identifier", "https://orcid.org/" + a.orcid());
    }
    return person;
  }

  private static Map<String, Object> periodical(PaperRecord r) {
    if (r.journal() == null) {
      return null;
    }
    Map<String, Object> container = new LinkedHashMap<>();
    container.put("@type", "Periodical");
    container.put("name", r.journal().name());
    List<String> issns = new ArrayList<>();
    if (r.journal().issnPrint() != null) {
      issns.add(r.journal().issnPrint());
    }
    if (r.journal().issnElectronic() != null) {
      issns.add(r.journal().issnElectronic());
    }
    if (!issns.isEmpty()) {
      container.put("issn", issns);
    }
    if (r.volume() != null) {
      container = nest("PublicationVolume", "volumeNumber", r.volume(), container);
    }
    if (r.issue() != null) {
      container = nest("PublicationIssue", "issueNumber", r.issue(), container);
    }
    return container;
  }

  private static Map<String, Object> nest(
      String type, String numberName, String number, Map<String, Object> parent) {
    Map<String, Object> part = new LinkedHashMap<>();
    part.put("@type", type);
    part.put(numberName, number);
    part.put("isPartOf", parent);
    return part;
  }

  private static Map<String, Object> publisher(PaperRecord r) {
    if (r.journal() == null || r.journal().publisher() == null) {
      return null;
    }
    return Map.of("@type", "Organization", "name", r.journal().publisher());
  }

  private static Map<String, Object> propertyValue(String name, String value) {
    return Map.of("@type", "PropertyValue", "propertyID", name, "value", value);
  }

  private static void add(List<MetaTag> tags, String name, String content) {
    if (content != null && !content.isBlank()) {
      tags.add(new MetaTag(name, content));
    }
  }

  private static void putIf(Map<String, Object> map, String key, Object value) {
    if (value != null) {
      map.put(key, value);
    }
  }
}
