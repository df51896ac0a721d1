package org.follicle.ingest;

import static org.follicle.ingest.PubmedXmlCursor.attribute;
import static org.follicle.ingest.PubmedXmlCursor.nextChild;
import static org.follicle.ingest.PubmedXmlCursor.skip;
import static org.follicle.ingest.PubmedXmlCursor.text;

import java.util.function.Consumer;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.follicle.catalog.PaperRecord.Author;

/**
 * Reads a PubMed AuthorList: people (LastName, ForeName or else Initials), collective names, ORCID
 * iDs and each author's first affiliation. Authors marked ValidYN="N" were listed in error, and an
 * editors' list names no authors; both are passed over.
 */
final class PubmedAuthorList {

  private PubmedAuthorList() {}

  /** Reads the list at the stream's AuthorList start tag, handing each author to the consumer. */
  static void read(XMLStreamReader xml, Consumer<Author> authors, Consumer<String> warnings)
      throws XMLStreamException {
    if ("editors".equalsIgnoreCase(attribute(xml, "Type"))) {
      skip(xml);
      return;
    }
    while (nextChild(xml)) {
      if (!xml.getLocalName().equals("Author")) {
        skip(xml);
        continue;
      }
      boolean listedInError = "N".equals(attribute(xml, "ValidYN"));
      AuthorParts parts = AuthorParts.read(xml);
      if (!listedInError && parts.named()) {
        authors.accept(parts.toAuthor(warnings));
      }
    }
  }

  /** The parts of one Author element, as read. */
  private static final class AuthorParts {
    private String family;
    private String given;
    private String initials;
    private String collective;
    private String orcid;
    private String affiliation;

    static AuthorParts read(XMLStreamReader xml) throws XMLStreamException {
      AuthorParts parts = new AuthorParts();
      while (nextChild(xml)) {
        switch (xml.getLocalName()) {
          case "LastName" -> parts.family = text(xml);
          case "ForeName" -> parts.given = text(xml);
          case "Initials" -> parts.initials = text(xml);
          case "CollectiveName" -> parts.collective = text(xml);
          case "Identifier" -> parts.identifier(attribute(xml, "Source"), text(xml));
          case "AffiliationInfo" -> parts.affiliation(firstAffiliation(xml));
          default -> skip(xml);
        }
      }
      return parts;
    }

    private void identifier(String source, String value) {
      if ("ORCID".equalsIgnoreCase(source) && orcid == null) {
        orcid = value;
      }
    }

    private void affiliation(String value) {
      affiliation = affiliation == null ? value : affiliation;
    }

    boolean named() {
      return family != null || collective != null;
    }

    Author toAuthor(Consumer<String> warnings) {
      String checkedOrcid = PubmedIdentifiers.orcid(orcid, warnings);
      if (family == null) {
        return new Author(null, null, collective, checkedOrcid, affiliation);
      }
      return new Author(family, given != null ? given : initials, null, checkedOrcid, affiliation);
    }

    private static String firstAffiliation(XMLStreamReader xml) throws XMLStreamException {
      String affiliation = null;
      while (nextChild(xml)) {
        if (affiliation == null && xml.getLocalName().equals("Affiliation")) {
          affiliation = text(xml);
        } else {
          skip(xml);
        }
      }
      return affiliation;
    }
  }
}
