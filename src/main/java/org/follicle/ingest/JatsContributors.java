package org.follicle.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;
import org.follicle.catalog.PaperRecord.Author;

/**
 * The byline of an article: the contrib-type="author" contributors of its contrib-groups, each with
 * the first affiliation it points to (by xref to an aff id, or its own aff).
 */
final class JatsContributors {

  // Labels ("1", a superscript "a") and registry ids are not part of an affiliation's text; a
  // collab's nested contrib-group lists its members, who are not its name.
  private static final Set<String> NOT_AFFILIATION = Set.of("label", "sup", "institution-id");
  private static final Set<String> NOT_COLLAB_NAME = Set.of("contrib-group", "xref", "fn");
  private static final Pattern ORCID = Pattern.compile("(\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX])/?$");

  /** One author as read, before affiliations (which may come later in the file) are known. */
  private static final class Contributor {
    private final int line;
    private String family;
    private String given;
    private String collective;
    private String orcid;
    private String affiliationId;
    private String affiliation;

    Contributor(int line) {
      this.line = line;
    }
  }

  private final List<Contributor> contributors = new ArrayList<>();
  private final Map<String, String> affiliations = new HashMap<>();
  private final List<String> allAffiliations = new ArrayList<>();

  /** Reads the contrib-group the cursor is at. */
  void readGroup(XmlCursor cursor) throws XMLStreamException {
    while (cursor.nextChild()) {
      switch (cursor.name()) {
        case "contrib" -> readContrib(cursor);
        case "aff" -> readAffiliation(cursor);
        case "aff-alternatives" -> readAffiliationAlternatives(cursor);
        default -> cursor.skip();
      }
    }
  }

  /** Reads an aff element that contributors point to by its id. */
  void readAffiliation(XmlCursor cursor) throws XMLStreamException {
    String id = cursor.attribute("id");
    affiliation(id, affiliationText(cursor));
  }

  /** Reads an aff-alternatives element (one aff in several languages): the first aff. */
  void readAffiliationAlternatives(XmlCursor cursor) throws XMLStreamException {
    String id = cursor.attribute("id");
    String text = null;
    while (cursor.nextChild()) {
      if (cursor.name().equals("aff") && text == null) {
        text = affiliationText(cursor);
      } else {
        cursor.skip();
      }
    }
    affiliation(id, text);
  }

  /**
   * The authors in byline order; a malformed ORCID iD is left out with a warning. When the front
   * matter has one affiliation only and an author points to none, the affiliation is theirs: small
   * articles often print a single aff with no xref to it.
   */
  List<Author> authors(JatsArticle article) {
    String sole = allAffiliations.size() == 1 ? allAffiliations.get(0) : null;
    List<Author> authors = new ArrayList<>();
    for (int i = 0; i < contributors.size(); i++) {
      Contributor c = contributors.get(i);
      String orcid = orcid(c.orcid, i + 1, c.line, article);
      String own = c.affiliation != null ? c.affiliation : sole;
      String affiliation = affiliations.getOrDefault(c.affiliationId, own);
      authors.add(new Author(c.family, c.given, c.collective, orcid, affiliation));
    }
    return authors;
  }

  private void readContrib(XmlCursor cursor) throws XMLStreamException {
    if (!"author".equals(cursor.attribute("contrib-type"))) {
      cursor.skip();
      return;
    }
    Contributor contributor = new Contributor(cursor.line());
    while (cursor.nextChild()) {
      readContribPart(cursor, contributor);
    }
    if (contributor.family != null || contributor.collective != null) {
      contributors.add(contributor);
    }
  }

  private void readContribPart(XmlCursor cursor, Contributor contributor)
      throws XMLStreamException {
    switch (cursor.name()) {
      case "name", "string-name" -> readName(cursor, contributor);
      case "name-alternatives" -> readNameAlternatives(cursor, contributor);
      case "collab" ->
          contributor.collective = first(contributor.collective, cursor.text(NOT_COLLAB_NAME));
      case "contrib-id" -> readContribId(cursor, contributor);
      case "xref" -> readXref(cursor, contributor);
      case "aff" ->
          contributor.affiliation = first(contributor.affiliation, affiliationText(cursor));
      default -> cursor.skip();
    }
  }

  private static void readName(XmlCursor cursor, Contributor contributor)
      throws XMLStreamException {
    String[] parts = new String[2];
    String whole =
        cursor.text(
            Set.of(),
            element -> {
              if (element.name().equals("surname") && parts[0] == null) {
                parts[0] = XmlText.collapse(element.text());
              } else if (element.name().equals("given-names") && parts[1] == null) {
                parts[1] = XmlText.collapse(element.text());
              }
            });
    if (contributor.family == null && contributor.collective == null) {
      // A string-name may be the name as printed, with no parts marked.
      contributor.family = parts[0] != null ? parts[0] : whole;
      contributor.given = parts[0] != null ? parts[1] : null;
    }
  }

  private static void readNameAlternatives(XmlCursor cursor, Contributor contributor)
      throws XMLStreamException {
    while (cursor.nextChild()) {
      if (cursor.name().equals("name") || cursor.name().equals("string-name")) {
        readName(cursor, contributor);
      } else {
        cursor.skip();
      }
    }
  }

  private static void readContribId(XmlCursor cursor, Contributor contributor)
      throws XMLStreamException {
    boolean orcid = "orcid".equalsIgnoreCase(cursor.attribute("contrib-id-type"));
    String id = cursor.text();
    if (orcid) {
      contributor.orcid = first(contributor.orcid, id);
    }
  }

  private static void readXref(XmlCursor cursor, Contributor contributor)
      throws XMLStreamException {
    String rid = cursor.attribute("rid");
    if ("aff".equals(cursor.attribute("ref-type")) && rid != null) {
      // rid may list several ids; the first affiliation is the one kept.
      contributor.affiliationId = first(contributor.affiliationId, rid.split(" ")[0]);
    }
    cursor.skip();
  }

  private static String affiliationText(XmlCursor cursor) throws XMLStreamException {
    String text = cursor.text(NOT_AFFILIATION);
    // Pretty-printed XML puts line breaks before the commas between an aff's parts.
    return text == null ? null : text.replace(" ,", ",");
  }

  private void affiliation(String id, String text) {
    if (text == null) {
      return;
    }
    allAffiliations.add(text);
    if (id != null) {
      affiliations.putIfAbsent(id, text);
    }
  }

  /** The ORCID iD as 0000-0000-0000-0000, from a bare iD or an orcid.org link. */
  private static String orcid(String value, int author, int line, JatsArticle article) {
    if (value == null) {
      return null;
    }
    Matcher matcher = ORCID.matcher(value);
    if (matcher.find() && checkDigitHolds(matcher.group(1))) {
      return matcher.group(1);
    }
    article.warn(
        line,
        "ORCID of author %d left out: '%s' is not an ORCID iD (0000-0000-0000-000X with a valid check digit)"
            .formatted(author, value));
    return null;
  }

  /** ISO 7064 MOD 11-2, the check digit of an ORCID iD. */
  private static boolean checkDigitHolds(String orcid) {
    String digits = orcid.replace("-", "");
    int total = 0;
    for (int i = 0; i < digits.length() - 1; i++) {
      total = (total + digits.charAt(i) - '0') * 2;
    }
    int remainder = (12 - total % 11) % 11;
    char expected = remainder == 10 ? 'X' : (char) ('0' + remainder);
    return digits.charAt(digits.length() - 1) == expected;
  }

  private static String first(String current, String candidate) {
    return current != null ? current : candidate;
  }
}
