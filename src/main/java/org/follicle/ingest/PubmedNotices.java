package org.follicle.ingest;

import static org.follicle.ingest.PubmedXmlCursor.attribute;
import static org.follicle.ingest.PubmedXmlCursor.nextChild;
import static org.follicle.ingest.PubmedXmlCursor.skip;
import static org.follicle.ingest.PubmedXmlCursor.text;

import java.util.Locale;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.follicle.catalog.Doi;
import org.follicle.catalog.PaperRecord.Notice;
import org.follicle.catalog.PaperRecord.NoticeKind;
import org.follicle.catalog.PaperRecord.Reference;

/**
 * The notices PubMed links to a paper: retractions, errata and expressions of concern, from the XML
 * CommentsCorrectionsList or the MEDLINE text lines RIN, RRI, EIN, CRI and ECI. Only notices about
 * this paper count ("RetractionIn"); a record that is itself a notice ("RetractionOf") links to the
 * paper it is about, which is not a notice on it.
 */
final class PubmedNotices {

  private PubmedNotices() {}

  /** Reads the list at the stream's CommentsCorrectionsList start tag into the draft. */
  static void readList(XMLStreamReader xml, PubmedDraft draft) throws XMLStreamException {
    while (nextChild(xml)) {
      if (!xml.getLocalName().equals("CommentsCorrections")) {
        skip(xml);
        continue;
      }
      String refType = attribute(xml, "RefType");
      String source = null;
      String pmid = null;
      while (nextChild(xml)) {
        switch (xml.getLocalName()) {
          case "RefSource" -> source = text(xml);
          case "PMID" -> pmid = text(xml);
          default -> skip(xml);
        }
      }
      add(refType, source, pmid, draft);
    }
  }

  private static void add(String refType, String source, String pmid, PubmedDraft draft) {
    NoticeKind kind = kindOfRefType(refType);
    if (kind != null) {
      draft.record().notice(notice(kind, source, pmid, draft.warnings()));
    } else if ("Cites".equals(refType) && (source != null || pmid != null)) {
      String checkedPmid = PubmedIdentifiers.pmid(pmid, draft.warnings());
      draft.citedInComments(
          new Reference(source, doiIn(source), checkedPmid, null, null, null, null, null));
    }
  }

  /** A notice from a MEDLINE text line such as "BMJ. 2022;377:o1045. doi: 10.1136/x. PMID: 1". */
  static Notice fromMedlineLine(NoticeKind kind, String line, Consumer<String> warnings) {
    int pmidAt = line.lastIndexOf("PMID:");
    if (pmidAt < 0) {
      return notice(kind, line, null, warnings);
    }
    String source = PubmedDraft.clean(line.substring(0, pmidAt));
    return notice(kind, source, line.substring(pmidAt + "PMID:".length()).strip(), warnings);
  }

  /** The kind of notice a MEDLINE text tag announces, or null for another tag. */
  static NoticeKind kindOfTag(String tag) {
    return switch (tag) {
      case "RIN", "RRI", "PRIN" -> NoticeKind.RETRACTION;
      case "EIN", "CRI" -> NoticeKind.CORRECTION;
      case "ECI" -> NoticeKind.EXPRESSION_OF_CONCERN;
      default -> null;
    };
  }

  private static NoticeKind kindOfRefType(String refType) {
    if (refType == null) {
      return null;
    }
    return switch (refType) {
      case "RetractionIn", "PartialRetractionIn", "RetractedandRepublishedIn" ->
          NoticeKind.RETRACTION;
      case "ErratumIn", "CorrectedandRepublishedIn" -> NoticeKind.CORRECTION;
      case "ExpressionOfConcernIn" -> NoticeKind.EXPRESSION_OF_CONCERN;
      default -> null;
    };
  }

  private static Notice notice(
      NoticeKind kind, String source, String pmid, Consumer<String> warnings) {
    return new Notice(kind, source, doiIn(source), PubmedIdentifiers.pmid(pmid, warnings));
  }

  /** The DOI a citation text gives after "doi:", without the sentence's final punctuation. */
  private static Doi doiIn(String text) {
    int at = text == null ? -1 : text.toLowerCase(Locale.ROOT).indexOf("doi:");
    if (at < 0) {
      return null;
    }
    String rest = text.substring(at + "doi:".length()).strip();
    int end = rest.indexOf(' ');
    String token = end < 0 ? rest : rest.substring(0, end);
    while (!token.isEmpty() && ".,;".indexOf(token.charAt(token.length() - 1)) >= 0) {
      token = token.substring(0, token.length() - 1);
    }
    try {
      return Doi.parse(token);
    } catch (IllegalArgumentException notADoi) {
      // the citation text stays the notice's description; it only lacks a resolvable link
      return null;
    }
  }
}
