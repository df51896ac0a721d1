package org.follicle.ingest;

import static org.follicle.ingest.PubmedXmlCursor.nextChild;
import static org.follicle.ingest.PubmedXmlCursor.skip;
import static org.follicle.ingest.PubmedXmlCursor.text;

import java.util.List;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.follicle.catalog.PaperRecord.Reference;

/**
 * Reads PubmedData's ReferenceList (and the lists nested in it): each Reference keeps its printed
 * Citation and the identifiers of its ArticleIdList. PubMed gives no structured title, author, year
 * or journal for a reference, so those stay null.
 */
final class PubmedReferences {

  private PubmedReferences() {}

  /** Reads the list at the stream's ReferenceList start tag into the draft. */
  static void readList(XMLStreamReader xml, PubmedDraft draft) throws XMLStreamException {
    while (nextChild(xml)) {
      switch (xml.getLocalName()) {
        case "Reference" -> readReference(xml, draft);
        case "ReferenceList" -> readList(xml, draft);
        default -> skip(xml);
      }
    }
  }

  private static void readReference(XMLStreamReader xml, PubmedDraft draft)
      throws XMLStreamException {
    String citation = null;
    PubmedArticleIds ids = new PubmedArticleIds(null, null, null);
    while (nextChild(xml)) {
      switch (xml.getLocalName()) {
        case "Citation" -> citation = text(xml);
        case "ArticleIdList" -> ids = PubmedArticleIds.read(xml);
        default -> skip(xml);
      }
    }
    if (citation != null || ids.doi() != null || ids.pmid() != null || ids.pmcid() != null) {
      int position = draft.referenceCount() + 1;
      Consumer<String> warnings =
          reason -> draft.warnings().accept("reference " + position + ": " + reason);
      draft.reference(reference(citation, ids, warnings));
    }
  }

  private static Reference reference(
      String citation, PubmedArticleIds ids, Consumer<String> aboutReference) {
    return new Reference(
        citation,
        ids.doi() == null ? null : PubmedIdentifiers.doi(List.of(ids.doi()), aboutReference),
        PubmedIdentifiers.pmid(ids.pmid(), aboutReference),
        PubmedIdentifiers.pmcid(ids.pmcid(), aboutReference),
        null,
        null,
        null,
        null);
  }
}
