package org.follicle.ingest;

import static org.follicle.ingest.PubmedXmlCursor.attribute;
import static org.follicle.ingest.PubmedXmlCursor.nextChild;
import static org.follicle.ingest.PubmedXmlCursor.skip;
import static org.follicle.ingest.PubmedXmlCursor.text;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.follicle.catalog.PaperRecord.AbstractSection;

/** The elements that journal articles and book documents of PubMed XML write alike. */
final class PubmedSharedElements {

  private PubmedSharedElements() {}

  /**
   * Reads the element at the stream's start tag into the draft if it is one of the shared ones
   * (PMID, ArticleTitle, VernacularTitle, Abstract, AuthorList, Language, publication types,
   * Pagination, ELocationID, ArticleIdList, ArticleDate); otherwise passes over it.
   */
  static void read(XMLStreamReader xml, PubmedDraft draft) throws XMLStreamException {
    switch (xml.getLocalName()) {
      case "PMID" -> draft.pmid(text(xml));
      case "ArticleTitle" -> draft.title(text(xml));
      case "VernacularTitle" -> draft.vernacularTitle(text(xml));
      case "Abstract" -> readAbstract(xml, draft);
      case "AuthorList" -> PubmedAuthorList.read(xml, draft::author, draft.warnings());
      case "Language" -> draft.language(text(xml));
      case "PublicationTypeList" -> readPublicationTypes(xml, draft);
      case "PublicationType" -> draft.publicationType(text(xml));
      case "Pagination" -> readPagination(xml, draft);
      case "ELocationID" -> readElectronicLocation(xml, draft);
      case "ArticleIdList" -> readArticleIds(xml, draft);
      case "ArticleDate" ->
          draft.electronicDate(PubmedDates.read(xml, "ArticleDate", draft.warnings()));
      default -> skip(xml);
    }
  }

  private static void readAbstract(XMLStreamReader xml, PubmedDraft draft)
      throws XMLStreamException {
    while (nextChild(xml)) {
      if (!xml.getLocalName().equals("AbstractText")) {
        skip(xml);
        continue;
      }
      String label = sectionLabel(attribute(xml, "Label"), attribute(xml, "NlmCategory"));
      String text = text(xml);
      if (text != null) {
        draft.record().abstractSection(new AbstractSection(label, text));
      }
    }
  }

  /** The printed label, else NLM's category; neither when PubMed marks the text unlabelled. */
  private static String sectionLabel(String label, String category) {
    String chosen = PubmedDraft.clean(label != null ? label : category);
    if (chosen == null || chosen.equals("UNLABELLED") || chosen.equals("UNASSIGNED")) {
      return null;
    }
    return chosen;
  }

  private static void readPublicationTypes(XMLStreamReader xml, PubmedDraft draft)
      throws XMLStreamException {
    while (nextChild(xml)) {
      if (xml.getLocalName().equals("PublicationType")) {
        draft.publicationType(text(xml));
      } else {
        skip(xml);
      }
    }
  }

  /** MedlinePgn as printed, else StartPage-EndPage. */
  private static void readPagination(XMLStreamReader xml, PubmedDraft draft)
      throws XMLStreamException {
    String medlinePages = null;
    String start = null;
    String end = null;
    while (nextChild(xml)) {
      switch (xml.getLocalName()) {
        case "MedlinePgn" -> medlinePages = text(xml);
        case "StartPage" -> start = text(xml);
        case "EndPage" -> end = text(xml);
        default -> skip(xml);
      }
    }
    if (medlinePages != null) {
      draft.record().pages(medlinePages);
    } else if (start != null) {
      draft.record().pages(end == null ? start : start + "-" + end);
    }
  }

  private static void readElectronicLocation(XMLStreamReader xml, PubmedDraft draft)
      throws XMLStreamException {
    boolean doi =
        "doi".equalsIgnoreCase(attribute(xml, "EIdType")) && !"N".equals(attribute(xml, "ValidYN"));
    String value = text(xml);
    if (doi) {
      draft.fallbackDoi(value);
    }
  }

  private static void readArticleIds(XMLStreamReader xml, PubmedDraft draft)
      throws XMLStreamException {
    PubmedArticleIds ids = PubmedArticleIds.read(xml);
    draft.doi(ids.doi());
    draft.pmcid(ids.pmcid());
    draft.pmid(ids.pmid());
  }
}
