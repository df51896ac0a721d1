package org.follicle.ingest;

import com.ctc.wstx.exc.WstxLazyException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.follicle.catalog.PaperRecord.Reference;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Reads PMC / JATS full-text XML (NLM archiving DTD 2.x and 3.x, JATS 1.x, eLife): one article, a
 * pmc-articleset of several, or PMC's OAI-PMH wrapping, one article at a time in a single pass.
 */
@Component
@Order(ReaderOrder.JATS_XML)
class JatsXmlReader implements FormatReader {

  private static final Pattern ARTICLE_ELEMENT = Pattern.compile("<article[\\s>]");
  private static final Pattern JATS_SIGN =
      Pattern.compile(
          "<!DOCTYPE\\s+article\\s+PUBLIC\\s+\"-//NLM//|jats\\.nlm\\.nih\\.gov|article-type\\s*=");
  private static final Pattern PUBMED =
      Pattern.compile("<(?:PubmedArticle|PubmedBookArticle|MedlineCitation)");

  @Override
  public String id() {
    return "jats";
  }

  @Override
  public boolean recognizes(String fileName, byte[] head) {
    String start = new String(head, StandardCharsets.UTF_8);
    if (PUBMED.matcher(start).find()) {
      return false;
    }
    return start.contains("<pmc-articleset")
        || (ARTICLE_ELEMENT.matcher(start).find() && JATS_SIGN.matcher(start).find());
  }

  @Override
  public void read(InputStream in, String source, RecordSink sink) {
    ArticleInProgress current = new ArticleInProgress();
    XMLStreamReader xml = null;
    try {
      xml = SafeXml.reader(in, source);
      readArticles(new XmlCursor(xml), current, sink);
    } catch (XMLStreamException e) {
      sink.reject(current.where(e.getLocation()), "not well-formed XML: " + reason(e));
    } catch (WstxLazyException e) {
      // The parser reports some errors only when the text they are in is asked for.
      XMLStreamException cause = (XMLStreamException) e.getCause();
      sink.reject(current.where(cause.getLocation()), "not well-formed XML: " + reason(cause));
    } finally {
      SafeXml.close(xml);
    }
  }

  private static void readArticles(XmlCursor cursor, ArticleInProgress current, RecordSink sink)
      throws XMLStreamException {
    int position = 0;
    while (cursor.nextElement("article")) {
      current.article = new JatsArticle(++position, cursor.line());
      readArticle(cursor, current.article);
      current.article.emit(sink);
      current.article = null;
    }
    if (position == 0) {
      sink.reject("line 1", "no JATS <article> element in the file");
    }
  }

  private static void readArticle(XmlCursor cursor, JatsArticle article) throws XMLStreamException {
    article.type(cursor.attribute("article-type"));
    article.language(cursor.attribute("lang"));
    while (cursor.nextChild()) {
      switch (cursor.name()) {
        case "front" -> new JatsFrontReader(cursor, article).read();
        case "back" -> readReferenceLists(cursor, article);
        // The body, and sub-articles (peer reviews, decision letters, replies) with front
        // matter and references of their own, are not this article's metadata.
        default -> cursor.skip();
      }
    }
  }

  /** Reads the refs of the back matter and of its ref-lists, however nested. */
  private static void readReferenceLists(XmlCursor cursor, JatsArticle article)
      throws XMLStreamException {
    while (cursor.nextChild()) {
      switch (cursor.name()) {
        case "ref-list" -> readReferenceLists(cursor, article);
        case "ref" -> {
          Reference reference =
              JatsReferenceMapping.read(cursor, article.nextReferenceNumber(), article);
          if (reference != null) {
            article.reference(reference);
          }
        }
        default -> cursor.skip();
      }
    }
  }

  /** The parser's message without the position it appends, which the location gives. */
  private static String reason(XMLStreamException e) {
    String message = String.valueOf(e.getMessage());
    int position = message.indexOf("\n at [");
    String reason = position < 0 ? message : message.substring(0, position);
    return reason.replace("ParseError at ", "").replaceAll("\\s+", " ").strip();
  }

  /** The article being read when the file breaks off, to say where it broke. */
  private static final class ArticleInProgress {
    private JatsArticle article;

    String where(Location location) {
      String at =
          location == null
              ? "line 1"
              : "line %d, column %d"
                  .formatted(location.getLineNumber(), location.getColumnNumber());
      return article == null ? at : article.label() + ", " + at;
    }
  }
}
