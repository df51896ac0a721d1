package org.follicle.ingest;

import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamException;

/** Reads an article's front matter (journal-meta and article-meta) into the article being read. */
final class JatsFrontReader {

  // Footnote and affiliation markers in a title are links, not words of the title.
  private static final Set<String> NOT_TITLE = Set.of("xref", "fn");
  private static final Set<String> NOT_ABSTRACT_TEXT = Set.of("title", "label", "object-id");
  private static final Pattern OWN_DOI = Pattern.compile("DOI: ?\\S+");

  private final XmlCursor cursor;
  private final JatsArticle article;

  JatsFrontReader(XmlCursor cursor, JatsArticle article) {
    this.cursor = cursor;
    this.article = article;
  }

  /** Reads the front element the cursor is at. */
  void read() throws XMLStreamException {
    while (cursor.nextChild()) {
      switch (cursor.name()) {
        case "journal-meta" -> readJournalMeta();
        case "article-meta" -> readArticleMeta();
        default -> cursor.skip();
      }
    }
  }

  private void readJournalMeta() throws XMLStreamException {
    while (cursor.nextChild()) {
      switch (cursor.name()) {
        case "journal-title-group" -> readJournalMeta();
        case "journal-title" -> article.journalTitle(cursor.text());
        case "issn" -> readIssn();
        case "publisher" -> readPublisher();
        default -> cursor.skip();
      }
    }
  }

  private void readIssn() throws XMLStreamException {
    String pubType = cursor.attribute("pub-type");
    String kind = pubType != null ? pubType : cursor.attribute("publication-format");
    article.issn(kind, cursor.text());
  }

  private void readPublisher() throws XMLStreamException {
    while (cursor.nextChild()) {
      if (cursor.name().equals("publisher-name")) {
        article.publisher(cursor.text());
      } else {
        cursor.skip();
      }
    }
  }

  private void readArticleMeta() throws XMLStreamException {
    while (cursor.nextChild()) {
      switch (cursor.name()) {
        case "article-id" -> readArticleId();
        case "article-categories" -> readSubjects();
        case "title-group" -> readTitleGroup();
        case "contrib-group" -> article.contributors.readGroup(cursor);
        case "aff" -> article.contributors.readAffiliation(cursor);
        case "aff-alternatives" -> article.contributors.readAffiliationAlternatives(cursor);
        case "pub-date" -> article.dates.read(cursor);
        case "volume" -> article.volume(cursor.text());
        case "issue" -> article.issue(cursor.text());
        case "fpage" -> article.firstPage(cursor.text());
        case "lpage" -> article.lastPage(cursor.text());
        case "elocation-id" -> article.elocation(cursor.text());
        case "abstract" -> readAbstract();
        case "kwd-group" -> readKeywords();
        default -> cursor.skip();
      }
    }
  }

  /** Reads the subjects of article-categories and of its subj-groups, however nested. */
  private void readSubjects() throws XMLStreamException {
    while (cursor.nextChild()) {
      switch (cursor.name()) {
        case "subj-group" -> readSubjects();
        case "subject" -> article.subject(cursor.text());
        default -> cursor.skip();
      }
    }
  }

  private void readArticleId() throws XMLStreamException {
    String kind = cursor.attribute("pub-id-type");
    int line = cursor.line();
    article.articleId(kind, cursor.text(), line);
  }

  private void readTitleGroup() throws XMLStreamException {
    while (cursor.nextChild()) {
      if (cursor.name().equals("article-title")) {
        article.title(cursor.text(NOT_TITLE));
      } else {
        cursor.skip();
      }
    }
  }

  /**
   * Reads the first abstract without an abstract-type: graphical abstracts, teasers, digests and
   * the like are other texts about the article. Sections give labelled parts; paragraphs outside
   * sections give unlabelled ones.
   */
  private void readAbstract() throws XMLStreamException {
    if (article.hasAbstract() || cursor.attribute("abstract-type") != null) {
      cursor.skip();
      return;
    }
    article.startAbstract();
    while (cursor.nextChild()) {
      switch (cursor.name()) {
        case "sec" -> readAbstractSection();
        case "title", "label", "object-id" -> cursor.skip();
        default -> readAbstractParagraph();
      }
    }
  }

  private void readAbstractParagraph() throws XMLStreamException {
    String text = cursor.text(NOT_ABSTRACT_TEXT);
    // eLife ends an abstract with the abstract's own DOI, which is not part of its text.
    if (text != null && !OWN_DOI.matcher(text).matches()) {
      article.abstractSection(null, text);
    }
  }

  private void readAbstractSection() throws XMLStreamException {
    String label = null;
    StringBuilder text = new StringBuilder();
    while (cursor.nextChild()) {
      if (cursor.name().equals("title") && label == null) {
        label = withoutColon(cursor.text());
      } else {
        String part = cursor.text(NOT_ABSTRACT_TEXT);
        text.append(part == null ? "" : " " + part);
      }
    }
    article.abstractSection(label, XmlText.collapse(text.toString()));
  }

  /** "Background:" as a label is "Background": the colon is how some journals print labels. */
  private static String withoutColon(String label) {
    return label == null || !label.endsWith(":")
        ? label
        : XmlText.collapse(label.substring(0, label.length() - 1));
  }

  private void readKeywords() throws XMLStreamException {
    while (cursor.nextChild()) {
      if (cursor.name().equals("kwd") || cursor.name().equals("compound-kwd")) {
        article.keyword(cursor.text());
      } else {
        cursor.skip();
      }
    }
  }
}
