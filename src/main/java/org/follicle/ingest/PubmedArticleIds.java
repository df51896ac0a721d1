package org.follicle.ingest;

import static org.follicle.ingest.PubmedXmlCursor.attribute;
import static org.follicle.ingest.PubmedXmlCursor.nextChild;
import static org.follicle.ingest.PubmedXmlCursor.skip;
import static org.follicle.ingest.PubmedXmlCursor.text;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The identifiers of an ArticleIdList, as written: the first of each type, or null. */
record PubmedArticleIds(String doi, String pmid, String pmcid) {

  /** Reads the list at the stream's ArticleIdList start tag. */
  static PubmedArticleIds read(XMLStreamReader xml) throws XMLStreamException {
    String doi = null;
    String pmid = null;
    String pmcid = null;
    while (nextChild(xml)) {
      if (!xml.getLocalName().equals("ArticleId")) {
        skip(xml);
        continue;
      }
      String type = attribute(xml, "IdType");
      String value = text(xml);
      if ("doi".equals(type)) {
        doi = doi == null ? value : doi;
      } else if ("pubmed".equals(type)) {
        pmid = pmid == null ? value : pmid;
      } else if ("pmc".equals(type) || "pmcid".equals(type)) {
        pmcid = pmcid == null ? value : pmcid;
      }
    }
    return new PubmedArticleIds(doi, pmid, pmcid);
  }
}
