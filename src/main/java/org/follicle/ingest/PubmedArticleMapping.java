package org.follicle.ingest;

import static org.follicle.ingest.PubmedXmlCursor.attribute;
import static org.follicle.ingest.PubmedXmlCursor.nextChild;
import static org.follicle.ingest.PubmedXmlCursor.skip;
import static org.follicle.ingest.PubmedXmlCursor.text;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.follicle.catalog.PaperRecord.Category;

/**
 * Reads a journal article of PubMed XML into a draft: a PubmedArticle (MedlineCitation and
 * PubmedData), or a bare MedlineCitation as the legacy MedlineCitationSet files hold them.
 */
final class PubmedArticleMapping {

  private PubmedArticleMapping() {}

  /** Reads the record at the stream's PubmedArticle or MedlineCitation start tag. */
  static void read(XMLStreamReader xml, PubmedDraft draft) throws XMLStreamException {
    if (xml.getLocalName().equals("MedlineCitation")) {
      readCitation(xml, draft);
      return;
    }
    while (nextChild(xml)) {
      switch (xml.getLocalName()) {
        case "MedlineCitation" -> readCitation(xml, draft);
        case "PubmedData" -> readPubmedData(xml, draft);
        default -> skip(xml);
      }
    }
  }

  private static void readCitation(XMLStreamReader xml, PubmedDraft draft)
      throws XMLStreamException {
    while (nextChild(xml)) {
      switch (xml.getLocalName()) {
        case "Article" -> readArticle(xml, draft);
        case "MeshHeadingList" -> readMeshHeadings(xml, draft);
        case "KeywordList" -> readKeywords(xml, draft);
        case "CommentsCorrectionsList" -> PubmedNotices.readList(xml, draft);
        case "OtherID" -> readOtherId(xml, draft);
        default -> PubmedSharedElements.read(xml, draft);
      }
    }
  }

  private static void readArticle(XMLStreamReader xml, PubmedDraft draft)
      throws XMLStreamException {
    while (nextChild(xml)) {
      switch (xml.getLocalName()) {
        case "Journal" -> readJournal(xml, draft);
        case "Affiliation" -> draft.firstAuthorAffiliation(text(xml));
        default -> PubmedSharedElements.read(xml, draft);
      }
    }
  }

  private static void readJournal(XMLStreamReader xml, PubmedDraft draft)
      throws XMLStreamException {
    while (nextChild(xml)) {
      switch (xml.getLocalName()) {
        case "Title" -> draft.journalName(text(xml));
        case "ISOAbbreviation" -> draft.journalAbbreviation(text(xml));
        case "ISSN" -> {
          String type = attribute(xml, "IssnType");
          draft.issn(text(xml), type);
        }
        case "JournalIssue" -> readJournalIssue(xml, draft);
        default -> skip(xml);
      }
    }
  }

  private static void readJournalIssue(XMLStreamReader xml, PubmedDraft draft)
      throws XMLStreamException {
    while (nextChild(xml)) {
      switch (xml.getLocalName()) {
        case "Volume" -> draft.record().volume(text(xml));
        case "Issue" -> draft.record().issue(text(xml));
        case "PubDate" -> draft.publicationDate(PubmedDates.read(xml, "PubDate", draft.warnings()));
        default -> skip(xml);
      }
    }
  }

  /** A descriptor is a major topic when it or any of its qualifiers is marked major. */
  private static void readMeshHeadings(XMLStreamReader xml, PubmedDraft draft)
      throws XMLStreamException {
    while (nextChild(xml)) {
      if (!xml.getLocalName().equals("MeshHeading")) {
        skip(xml);
        continue;
      }
      String descriptor = null;
      boolean major = false;
      while (nextChild(xml)) {
        major |= "Y".equals(attribute(xml, "MajorTopicYN"));
        if (xml.getLocalName().equals("DescriptorName")) {
          descriptor = text(xml);
        } else {
          skip(xml);
        }
      }
      if (descriptor != null) {
        draft.record().category(new Category(descriptor, major));
      }
    }
  }

  private static void readKeywords(XMLStreamReader xml, PubmedDraft draft)
      throws XMLStreamException {
    while (nextChild(xml)) {
      if (xml.getLocalName().equals("Keyword")) {
        draft.keyword(text(xml));
      } else {
        skip(xml);
      }
    }
  }

  /** Legacy records give their PMC article as an NLM OtherID such as "PMC1234567". */
  private static void readOtherId(XMLStreamReader xml, PubmedDraft draft)
      throws XMLStreamException {
    boolean nlm = "NLM".equals(attribute(xml, "Source"));
    String value = text(xml);
    if (nlm && value != null && value.startsWith("PMC")) {
      draft.pmcid(value.split(" ", 2)[0]);
    }
  }

  private static void readPubmedData(XMLStreamReader xml, PubmedDraft draft)
      throws XMLStreamException {
    while (nextChild(xml)) {
      switch (xml.getLocalName()) {
        case "ArticleIdList" -> PubmedSharedElements.read(xml, draft);
        case "ReferenceList" -> PubmedReferences.readList(xml, draft);
        default -> skip(xml);
      }
    }
  }
}
