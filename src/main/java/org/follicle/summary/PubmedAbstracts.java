package org.follicle.summary;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The titles and abstracts of the PubMed XML files under a folder, read with the JDK's StAX (no
 * DTDs) so that evaluations need no database and the summary module does not depend on the ingest
 * module. A file broken part-way gives the articles before the break.
 */
final class PubmedAbstracts {

  /** One article: its title and its abstract sections' texts. */
  record Article(String title, List<String> sections) {}

  private PubmedAbstracts() {}

  /** The articles with an abstract in the PubMed XML files (.xml, .xml.gz) under a path. */
  static List<Article> under(Path folder) throws IOException {
    List<Article> articles = new ArrayList<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file :
          files.filter(f -> f.toString().matches(".*\\.xml(\\.gz)?$")).sorted().toList()) {
        read(file, articles);
      }
    }
    return articles;
  }

  private static void read(Path file, List<Article> articles) throws IOException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try (InputStream in = open(file)) {
      XMLStreamReader xml = factory.createXMLStreamReader(in);
      String title = "";
      List<String> sections = new ArrayList<>();
      while (xml.hasNext()) {
        if (xml.next() != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        switch (xml.getLocalName()) {
          case "PubmedArticle", "PubmedBookArticle", "MedlineCitation" -> {
            if (!sections.isEmpty()) {
              articles.add(new Article(title, sections));
            }
            title = "";
            sections = new ArrayList<>();
          }
          case "ArticleTitle", "BookTitle" -> title = xml.getElementText().strip();
          case "AbstractText" -> sections.add(text(xml));
          default -> {}
        }
      }
      if (!sections.isEmpty()) {
        articles.add(new Article(title, sections));
      }
    } catch (XMLStreamException e) {
      // A broken file (the shared data has some on purpose) gives what came before the break.
    }
  }

  /** The element's text with its inline markup (italics, sub- and superscripts) left out. */
  private static String text(XMLStreamReader xml) throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
        text.append(xml.getText());
      }
    }
    return text.toString().strip();
  }

  private static InputStream open(Path file) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file));
    in.mark(2);
    boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
    in.reset();
    return gzip ? new GZIPInputStream(in) : in;
  }
}
