package org.follicle.ingest;

import static org.follicle.ingest.PubmedXmlCursor.nextChild;
import static org.follicle.ingest.PubmedXmlCursor.skip;
import static org.follicle.ingest.PubmedXmlCursor.text;

import com.ctc.wstx.exc.WstxLazyException;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.follicle.catalog.PaperRecord;
import org.follicle.catalog.Pmid;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Reads PubMed XML in one streaming pass, one record at a time: PubmedArticleSet baseline and
 * update files (with their DeleteCitation lists), legacy MedlineCitationSet files, book sets and
 * sets that mix articles and books. An XML or encoding error ends the file: it is rejected where it
 * occurred, and the records read before it stay.
 */
@Component
@Order(ReaderOrder.PUBMED_XML)
class PubmedXmlReader implements FormatReader {

  private static final List<String> ROOTS =
      List.of(
          "PubmedArticleSet",
          "MedlineCitationSet",
          "PubmedBookArticleSet",
          "PubmedArticle",
          "PubmedBookArticle");

  @Override
  public String id() {
    return "pubmed-xml";
  }

  @Override
  public boolean recognizes(String fileName, byte[] head) {
    String root = firstElementName(new String(head, StandardCharsets.UTF_8));
    return root != null && ROOTS.contains(root);
  }

  /**
   * The name of the first element, after a byte order mark, the XML declaration, comments and the
   * DOCTYPE (with its internal subset); null when the head ends before it.
   */
  static String firstElementName(String head) {
    int start = startOfFirstElement(head);
    if (start < 0) {
      return null;
    }
    int end = start + 1;
    while (end < head.length()
        && !isXmlSpace(head.charAt(end))
        && head.charAt(end) != '>'
        && head.charAt(end) != '/') {
      end++;
    }
    return end < head.length() ? head.substring(start + 1, end) : null;
  }

  private static int startOfFirstElement(String head) {
    int at = 0;
    while (at >= 0) {
      while (at < head.length() && (head.charAt(at) == '\uFEFF' || isXmlSpace(head.charAt(at)))) {
        at++;
      }
      if (head.startsWith("<?", at)) {
        at = after(head, "?>", at);
      } else if (head.startsWith("<!--", at)) {
        at = after(head, "-->", at);
      } else if (head.startsWith("<!DOCTYPE", at)) {
        at = afterDoctype(head, at);
      } else {
        return head.startsWith("<", at) ? at : -1;
      }
    }
    return -1;
  }

  /** Just after the DOCTYPE, whose internal subset may hold '>' in its declarations. */
  private static int afterDoctype(String head, int at) {
    int subset = head.indexOf('[', at);
    int end = head.indexOf('>', at);
    if (subset >= 0 && subset < end) {
      int subsetEnd = after(head, "]", subset);
      return subsetEnd < 0 ? -1 : after(head, ">", subsetEnd);
    }
    return end < 0 ? -1 : end + 1;
  }

  private static int after(String text, String end, int from) {
    int at = text.indexOf(end, from);
    return at < 0 ? -1 : at + end.length();
  }

  private static boolean isXmlSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }

  @Override
  public void read(InputStream in, String source, RecordSink sink) {
    Progress progress = new Progress(sink);
    XMLStreamReader xml = null;
    try {
      xml = SafeXml.reader(in, source);
      readDocument(xml, progress);
    } catch (XMLStreamException e) {
      progress.stop(e, xml);
    } catch (WstxLazyException e) {
      // Woodstox reports a broken text node (a gzip stream cut short) when its text is read.
      progress.stop((XMLStreamException) e.getCause(), xml);
    } finally {
      SafeXml.close(xml);
    }
  }

  private static void readDocument(XMLStreamReader xml, Progress progress)
      throws XMLStreamException {
    while (xml.hasNext()) {
      if (xml.next() != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      switch (xml.getLocalName()) {
        case "PubmedArticle", "MedlineCitation" -> progress.record(xml, PubmedArticleMapping::read);
        case "PubmedBookArticle" -> progress.record(xml, PubmedBookMapping::read);
        case "DeleteCitation" -> readDeletions(xml, progress.sink);
        default -> {
          // a set element: its records are inside it
        }
      }
    }
  }

  private static void readDeletions(XMLStreamReader xml, RecordSink sink)
      throws XMLStreamException {
    while (nextChild(xml)) {
      if (!xml.getLocalName().equals("PMID")) {
        skip(xml);
        continue;
      }
      String location = "DeleteCitation, line " + xml.getLocation().getLineNumber();
      String pmid = text(xml);
      try {
        sink.delete(location, Pmid.parse(pmid));
      } catch (IllegalArgumentException e) {
        sink.reject(location, "PMID to delete: " + e.getMessage());
      }
    }
  }

  /** Reads one record's element into a draft. */
  @FunctionalInterface
  private interface RecordMapping {
    void read(XMLStreamReader xml, PubmedDraft draft) throws XMLStreamException;
  }

  /** What one read has done so far: records met, and the record being read, for locations. */
  private static final class Progress {
    private final RecordSink sink;
    private int records;
    private PubmedDraft current;

    Progress(RecordSink sink) {
      this.sink = sink;
    }

    void record(XMLStreamReader xml, RecordMapping mapping) throws XMLStreamException {
      records++;
      int line = xml.getLocation().getLineNumber();
      current = new PubmedDraft();
      mapping.read(xml, current);
      String location = recordName() + ", line " + line;
      PaperRecord record;
      try {
        record = current.build();
      } catch (IllegalArgumentException e) {
        sink.reject(location, e.getMessage());
        current = null;
        return;
      }
      sink.accept(record);
      current.warningList().forEach(reason -> sink.warn(location, reason));
      current = null;
    }

    /**
     * Rejects the rest of the file at the error that stopped the reading. An input error (a cut
     * gzip stream, a byte that is not UTF-8) is found while the parser reads ahead, so it lies
     * after the parser's position rather than at it.
     */
    void stop(XMLStreamException e, XMLStreamReader xml) {
      boolean inputError = inputErrorOf(e) != null;
      Location at = e.getLocation() != null || xml == null ? e.getLocation() : xml.getLocation();
      String where = current == null ? "" : recordName() + ", ";
      if (at != null) {
        where +=
            "%sline %d, column %d"
                .formatted(inputError ? "after " : "", at.getLineNumber(), at.getColumnNumber());
      }
      int complete = current == null ? records : records - 1;
      sink.reject(
          where,
          "%s; reading stopped, %d %s read before it"
              .formatted(reason(e), complete, complete == 1 ? "record was" : "records were"));
    }

    private String recordName() {
      String pmid = current == null ? null : current.pmid();
      return "record " + records + (pmid == null ? "" : " (PMID " + pmid + ")");
    }

    private static String reason(XMLStreamException e) {
      String message = firstLine(e.getMessage());
      Throwable inputError = inputErrorOf(e);
      if (inputError instanceof CharConversionException) {
        return "not valid UTF-8 text: " + message;
      }
      if (inputError != null) {
        return "the input could not be read to its end: " + message;
      }
      if (message.contains("entity")) {
        return "an entity reference, which is never expanded or fetched: " + message;
      }
      return "not well-formed XML: " + message;
    }

    private static Throwable inputErrorOf(XMLStreamException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e.getNestedException();
      return cause instanceof IOException ? cause : null;
    }

    private static String firstLine(String message) {
      if (message == null) {
        return "";
      }
      int end = message.indexOf('\n');
      String line = (end < 0 ? message : message.substring(0, end)).strip();
      return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }
  }
}
