package org.follicle.ingest;

import static org.follicle.ingest.PubmedXmlCursor.nextChild;
import static org.follicle.ingest.PubmedXmlCursor.skip;
import static org.follicle.ingest.PubmedXmlCursor.text;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a PubmedBookArticle (an NCBI Bookshelf book or chapter) into a draft. A chapter is titled
 * by its ArticleTitle and published in its book; a whole book is titled by its BookTitle and
 * published in its collection, if any. The publisher is the book's.
 */
final class PubmedBookMapping {

  private PubmedBookMapping() {}

  /** Reads the record at the stream's PubmedBookArticle start tag. */
  static void read(XMLStreamReader xml, PubmedDraft draft) throws XMLStreamException {
    while (nextChild(xml)) {
      switch (xml.getLocalName()) {
        case "BookDocument" -> readBookDocument(xml, draft);
        case "PubmedBookData" -> readBookData(xml, draft);
        default -> skip(xml);
      }
    }
  }

  private static void readBookDocument(XMLStreamReader xml, PubmedDraft draft)
      throws XMLStreamException {
    while (nextChild(xml)) {
      switch (xml.getLocalName()) {
        case "Book" -> readBook(xml, draft);
        case "ReferenceList" -> PubmedReferences.readList(xml, draft);
        default -> PubmedSharedElements.read(xml, draft);
      }
    }
  }

  private static void readBook(XMLStreamReader xml, PubmedDraft draft) throws XMLStreamException {
    while (nextChild(xml)) {
      switch (xml.getLocalName()) {
        case "Publisher" -> readPublisher(xml, draft);
        case "BookTitle" -> draft.bookTitle(text(xml));
        case "CollectionTitle" -> draft.collectionTitle(text(xml));
        case "PubDate" -> draft.publicationDate(PubmedDates.read(xml, "PubDate", draft.warnings()));
        case "AuthorList" -> PubmedAuthorList.read(xml, draft::bookAuthor, draft.warnings());
        case "ELocationID", "Language" -> PubmedSharedElements.read(xml, draft);
        default -> skip(xml);
      }
    }
  }

  private static void readPublisher(XMLStreamReader xml, PubmedDraft draft)
      throws XMLStreamException {
    while (nextChild(xml)) {
      if (xml.getLocalName().equals("PublisherName")) {
        draft.publisher(text(xml));
      } else {
        skip(xml);
      }
    }
  }

  private static void readBookData(XMLStreamReader xml, PubmedDraft draft)
      throws XMLStreamException {
    while (nextChild(xml)) {
      if (xml.getLocalName().equals("ArticleIdList")) {
        PubmedSharedElements.read(xml, draft);
      } else {
        skip(xml);
      }
    }
  }
}
