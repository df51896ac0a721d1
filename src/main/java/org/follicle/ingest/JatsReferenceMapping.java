package org.follicle.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.stream.XMLStreamException;
import org.follicle.catalog.Doi;
import org.follicle.catalog.PaperRecord.Reference;
import org.follicle.catalog.Pmid;

/**
 * Maps one ref of a JATS reference list to a reference: the text of its citation (element-, mixed-
 * or NLM citation) and the identifiers, title, first author, year and journal marked in it. A
 * malformed identifier is left out with a warning.
 */
final class JatsReferenceMapping {

  private static final Set<String> CITATIONS =
      Set.of("element-citation", "mixed-citation", "citation", "nlm-citation");
  private static final Pattern DOI_LINK =
      Pattern.compile("^(?:https?://)?(?:dx\\.)?doi\\.org/", Pattern.CASE_INSENSITIVE);
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)\\d{4}(?!\\d)");

  private final List<String> pubIdDois = new ArrayList<>();
  private final List<String> linkDois = new ArrayList<>();
  private final List<String> pmids = new ArrayList<>();
  private final List<String> pmcids = new ArrayList<>();
  private final List<String> names = new ArrayList<>();
  private int namesBeforeGroup;
  private String publicationType;
  private String articleTitle;
  private String otherTitle;
  private String source;
  private Integer year;

  private JatsReferenceMapping() {}

  /** Reads the ref element the cursor is at; null when it holds no citation with text. */
  static Reference read(XmlCursor cursor, int number, JatsArticle article)
      throws XMLStreamException {
    Reference reference = null;
    while (cursor.nextChild()) {
      if (reference == null && CITATIONS.contains(cursor.name())) {
        reference = readCitation(cursor, number, article);
      } else if (reference == null && cursor.name().equals("citation-alternatives")) {
        // The same citation in several forms: the first is read.
        reference = read(cursor, number, article);
      } else {
        cursor.skip();
      }
    }
    return reference;
  }

  private static Reference readCitation(XmlCursor cursor, int number, JatsArticle article)
      throws XMLStreamException {
    int line = cursor.line();
    JatsReferenceMapping citation = new JatsReferenceMapping();
    String text = cursor.text(Set.of(), citation::see);
    if (text == null) {
      return null;
    }
    return citation.toReference(text, reason -> article.warn("reference " + number, line, reason));
  }

  private void see(XmlText.Element element) {
    String text = XmlText.collapse(element.text());
    switch (element.name()) {
      case "pub-id" -> pubId(element.attribute("pub-id-type"), text);
      case "ext-link", "uri" -> link(element, text);
      case "surname", "collab" -> names.add(text);
      case "person-group" -> personGroup(element.attribute("person-group-type"));
      case "year" -> year = year != null ? year : firstYear(text);
      case "article-title" -> articleTitle = first(articleTitle, text);
      case "chapter-title", "data-title" -> otherTitle = first(otherTitle, text);
      case "source" -> source = first(source, text);
      case "element-citation", "mixed-citation", "citation", "nlm-citation" ->
          publicationType =
              first(element.attribute("publication-type"), element.attribute("citation-type"));
      default -> {}
    }
  }

  private void pubId(String kind, String value) {
    if (value == null || kind == null) {
      return;
    }
    switch (kind) {
      case "doi" -> pubIdDois.add(value);
      case "pmid" -> pmids.add(value);
      case "pmcid", "pmc" -> pmcids.add(value);
      default -> {}
    }
  }

  private void link(XmlText.Element element, String text) {
    String href = XmlText.collapse(element.attribute("href"));
    String target = href != null ? href : text;
    if (target == null) {
      return;
    }
    Matcher resolver = DOI_LINK.matcher(target);
    if (resolver.find() || "doi".equalsIgnoreCase(element.attribute("ext-link-type"))) {
      linkDois.add(resolver.replaceFirst(""));
    }
  }

  /** Names of editors or translators, read since the last person-group, are not authors. */
  private void personGroup(String kind) {
    if (kind != null && !kind.equals("author")) {
      names.subList(namesBeforeGroup, names.size()).clear();
    }
    namesBeforeGroup = names.size();
  }

  private Reference toReference(String text, Consumer<String> warnings) {
    // A book's source is its title, not a journal.
    boolean book = "book".equals(publicationType);
    String title = first(articleTitle, otherTitle);
    return new Reference(
        text,
        identifier(
            Stream.concat(pubIdDois.stream(), linkDois.stream()).toList(),
            Doi::parse,
            "DOI",
            warnings),
        identifier(pmids, Pmid::parse, "PMID", warnings),
        identifier(pmcids, Pmid::parsePmcid, "PMCID", warnings),
        title == null && book ? source : title,
        names.stream().filter(Objects::nonNull).findFirst().orElse(null),
        year,
        book ? null : source);
  }

  /** The first value that parses; those before it are left out with a warning each. */
  private static <T> T identifier(
      List<String> values, Function<String, T> parser, String field, Consumer<String> warnings) {
    for (String value : values) {
      try {
        return parser.apply(value);
      } catch (IllegalArgumentException e) {
        warnings.accept(field + " left out: " + e.getMessage());
      }
    }
    return null;
  }

  private static Integer firstYear(String text) {
    Matcher matcher = YEAR.matcher(text == null ? "" : text);
    return matcher.find() ? Integer.valueOf(matcher.group()) : null;
  }

  private static String first(String current, String candidate) {
    return current != null ? current : candidate;
  }
}
