package org.follicle.ingest;

import com.ctc.wstx.stax.WstxOutputFactory;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a PubMed XML corpus of any size from real PubMed files: their articles repeated in turn,
 * each copy under a fresh PMID, DOI and PMCID, so that every copy is a new paper to the catalogue
 * while its text, authors, MeSH terms and references stay real.
 */
final class PubmedCorpusSynthesis {

  /** Far above any PMID PubMed has issued, so a copy never takes a real paper's identity. */
  static final long FIRST_PMID = 900_000_000L;

  private static final Set<String> IDENTIFIERS =
      Set.of("PMID", "ELocationID", "ArticleId", "OtherID");
  private static final Map<String, String> IDENTIFIER_TYPE =
      Map.of("ELocationID", "EIdType", "PMID", "none");

  private final List<Path> sources;
  private long written;
  private String pmid;

  private PubmedCorpusSynthesis(List<Path> sources) {
    this.sources = sources;
  }

  /**
   * Writes {@code records} articles to {@code target}, going round the sources' articles as often
   * as needed; throws if the sources hold no PubMed article.
   */
  static void write(List<Path> sources, long records, Path target) throws IOException {
    PubmedCorpusSynthesis synthesis = new PubmedCorpusSynthesis(ImportInputs.expand(sources));
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
      XMLStreamWriter xml = new WstxOutputFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("PubmedArticleSet");
      while (synthesis.written < records) {
        long before = synthesis.written;
        for (Path source : synthesis.sources) {
          synthesis.copyArticles(source, xml, records);
        }
        if (synthesis.written == before) {
          throw new IllegalArgumentException("no PubmedArticle in " + sources);
        }
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException("could not write " + target + ": " + e.getMessage(), e);
    }
  }

  private void copyArticles(Path source, XMLStreamWriter out, long records) throws IOException {
    try (InputStream in = ImportInputs.open(source, ImportListener.NONE)) {
      XMLStreamReader xml = SafeXml.reader(in, source.toString());
      try {
        while (written < records && xml.hasNext()) {
          if (xml.next() == XMLStreamConstants.START_ELEMENT
              && xml.getLocalName().equals("PubmedArticle")) {
            pmid = Long.toString(FIRST_PMID + written);
            copyElement(xml, out);
            written++;
          }
        }
      } finally {
        SafeXml.close(xml);
      }
    } catch (XMLStreamException e) {
      throw new UncheckedIOException(
          new IOException(source + " is not readable PubMed XML: " + e.getMessage(), e));
    }
  }

  /** Copies the element the reader is on, with its content, renaming the article's identifiers. */
  private void copyElement(XMLStreamReader xml, XMLStreamWriter out) throws XMLStreamException {
    Deque<String> path = new ArrayDeque<>();
    do {
      switch (xml.getEventType()) {
        case XMLStreamConstants.START_ELEMENT -> {
          writeStart(xml, out);
          if (isIdentifier(xml.getLocalName(), path)) {
            String name = xml.getLocalName();
            String type = xml.getAttributeValue(null, IDENTIFIER_TYPE.getOrDefault(name, "IdType"));
            out.writeCharacters(renamed(name, type, xml.getElementText()));
            out.writeEndElement();
          } else {
            path.push(xml.getLocalName());
          }
        }
        case XMLStreamConstants.END_ELEMENT -> {
          out.writeEndElement();
          path.pop();
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE, XMLStreamConstants.CDATA ->
            out.writeCharacters(xml.getText());
        default -> {
          // comments and processing instructions are not part of a record
        }
      }
      if (path.isEmpty()) {
        return;
      }
      xml.next();
    } while (true);
  }

  /** An identifier of the article itself: those in its references and comments stay as they are. */
  private static boolean isIdentifier(String name, Deque<String> path) {
    return IDENTIFIERS.contains(name)
        && !path.contains("ReferenceList")
        && !path.contains("CommentsCorrectionsList");
  }

  private String renamed(String name, String type, String text) {
    return switch (name + ":" + type) {
      case "PMID:null", "ArticleId:pubmed" -> pmid;
      case "ELocationID:doi", "ArticleId:doi" -> doi();
      case "ArticleId:pmc" -> "PMC" + pmid;
      default -> name.equals("OtherID") && text.strip().startsWith("PMC") ? "PMC" + pmid : text;
    };
  }

  private String doi() {
    return "10.5555/follicle-bench." + pmid;
  }

  private static void writeStart(XMLStreamReader xml, XMLStreamWriter out)
      throws XMLStreamException {
    out.writeStartElement(xml.getLocalName());
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      out.writeAttribute(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
    }
  }
}
