package org.follicle.search;

import com.ctc.wstx.stax.WstxOutputFactory;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.follicle.catalog.PaperSummary;

/** An Atom 1.0 feed of papers (RFC 4287), written with a streaming XML writer that escapes all. */
final class AtomFeed {

  private static final String ATOM = "http://www.w3.org/2005/Atom";

  private AtomFeed() {}

  /**
   * The feed: its id and self link are {@code selfUrl}; each paper links to its page under {@code
   * baseUrl}. An entry's date is the paper's publication date, or {@code now} when it has none.
   */
  static byte[] write(
      String title,
      String selfUrl,
      String pageUrl,
      String baseUrl,
      List<PaperSummary> papers,
      Instant now) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      XMLStreamWriter xml = new WstxOutputFactory().createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("feed");
      xml.writeDefaultNamespace(ATOM);
      element(xml, "title", title);
      element(xml, "id", selfUrl);
      link(xml, "self", selfUrl, "application/atom+xml");
      link(xml, "alternate", pageUrl, "text/html");
      element(xml, "updated", now.toString());
      xml.writeStartElement("author");
      element(xml, "name", "Follicle");
      xml.writeEndElement();
      for (PaperSummary paper : papers) {
        entry(xml, paper, baseUrl, now);
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("could not write the feed", e);
    }
    return out.toByteArray();
  }

  private static void entry(XMLStreamWriter xml, PaperSummary paper, String baseUrl, Instant now)
      throws XMLStreamException {
    String url = baseUrl + "/papers/" + paper.id();
    xml.writeStartElement("entry");
    element(xml, "title", paper.title());
    element(xml, "id", url);
    link(xml, "alternate", url, "text/html");
    element(xml, "updated", dated(paper, now).toString());
    for (String name : paper.authorNames()) {
      xml.writeStartElement("author");
      element(xml, "name", name);
      xml.writeEndElement();
    }
    element(xml, "summary", describe(paper));
    xml.writeEndElement();
  }

  private static Instant dated(PaperSummary paper, Instant now) {
    var date = paper.date();
    if (date.year() == null) {
      return now;
    }
    int month = date.month() == null ? 1 : date.month();
    int day = date.day() == null ? 1 : date.day();
    return LocalDate.of(date.year(), month, day).atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  private static String describe(PaperSummary paper) {
    StringBuilder text = new StringBuilder();
    if (paper.articleType() != null) {
      text.append(paper.articleType()).append(". ");
    }
    if (paper.journalName() != null) {
      text.append(paper.journalName()).append(". ");
    }
    if (!paper.date().isEmpty()) {
      text.append(paper.date().display()).append(". ");
    }
    if (!paper.authorNames().isEmpty()) {
      text.append(paper.byline()).append('.');
    }
    return text.toString().strip();
  }

  private static void element(XMLStreamWriter xml, String name, String text)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }

  private static void link(XMLStreamWriter xml, String rel, String href, String type)
      throws XMLStreamException {
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("href", href);
    xml.writeAttribute("type", type);
  }
}
