package org.follicle.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.follicle.catalog.Doi;
import org.follicle.catalog.PaperRecord;
import org.follicle.catalog.PaperRecord.AbstractSection;
import org.follicle.catalog.PaperRecord.Category;
import org.follicle.catalog.PaperRecord.Journal;
import org.follicle.catalog.PaperRecord.Reference;
import org.follicle.catalog.Pmid;

/**
 * What has been read of one JATS article so far. The first value of a field wins; the warnings are
 * kept until the article is complete, so that they name it by its identifier.
 */
final class JatsArticle {

  /** A value left out: where (a part such as "reference 3", or null for the article) and why. */
  private record Warning(String place, int line, String reason) {}

  private final int position;
  private final int line;
  private final List<Warning> warnings = new ArrayList<>();
  private String type;
  private String language;
  private String title;
  private String journalTitle;
  private String issnPrint;
  private String issnElectronic;
  private String publisher;
  private String volume;
  private String issue;
  private String firstPage;
  private String lastPage;
  private String elocation;
  private Doi doi;
  private String pmid;
  private String pmcid;
  private final Set<String> subjects = new LinkedHashSet<>();
  private final Set<String> keywords = new LinkedHashSet<>();
  private final List<AbstractSection> abstractSections = new ArrayList<>();
  private boolean abstractRead;
  private int refsSeen;
  private final List<Reference> references = new ArrayList<>();
  final JatsPubDates dates = new JatsPubDates();
  final JatsContributors contributors = new JatsContributors();

  JatsArticle(int position, int line) {
    this.position = position;
    this.line = line;
  }

  /** "article 2 (PMC123)", with the best identifier read so far. */
  String label() {
    String id =
        pmcid != null ? pmcid : doi != null ? "DOI " + doi : pmid != null ? "PMID " + pmid : null;
    return "article " + position + (id == null ? "" : " (" + id + ")");
  }

  /** A value of the article left out, and why. */
  void warn(int line, String reason) {
    warnings.add(new Warning(null, line, reason));
  }

  /** A value of a part of the article (such as "reference 3") left out, and why. */
  void warn(String place, int line, String reason) {
    warnings.add(new Warning(place, line, reason));
  }

  /** Hands the article to the sink, or rejects it when it cannot be a paper. */
  void emit(FormatReader.RecordSink sink) {
    PaperRecord record;
    try {
      record = toRecord();
    } catch (IllegalArgumentException e) {
      sink.reject(label() + ", line " + line, e.getMessage());
      return;
    }
    sink.accept(record);
    for (Warning warning : warnings) {
      String place = warning.place() == null ? "" : ", " + warning.place();
      sink.warn(label() + place + ", line " + warning.line(), warning.reason());
    }
  }

  void type(String articleType) {
    type = first(type, articleType);
  }

  void language(String code) {
    language = first(language, code == null ? null : code.toLowerCase(Locale.ROOT));
  }

  void title(String text) {
    title = first(title, text);
  }

  void journalTitle(String text) {
    journalTitle = first(journalTitle, text);
  }

  /** An ISSN by its pub-type (ppub, epub) or publication-format (print, electronic). */
  void issn(String kind, String issn) {
    if ("epub".equals(kind) || "electronic".equals(kind)) {
      issnElectronic = first(issnElectronic, issn);
    } else if ("ppub".equals(kind) || "print".equals(kind) || kind == null) {
      issnPrint = first(issnPrint, issn);
    }
  }

  void publisher(String name) {
    publisher = first(publisher, name);
  }

  void volume(String text) {
    volume = first(volume, text);
  }

  void issue(String text) {
    issue = first(issue, text);
  }

  void firstPage(String text) {
    firstPage = first(firstPage, text);
  }

  void lastPage(String text) {
    lastPage = first(lastPage, text);
  }

  void elocation(String text) {
    elocation = first(elocation, text);
  }

  /** An article-id by its pub-id-type; a malformed one is left out with a warning. */
  void articleId(String kind, String value, int line) {
    if (kind == null || value == null) {
      return;
    }
    switch (kind) {
      case "doi" -> doi = first(doi, parsed(value, Doi::parse, "DOI", line));
      case "pmid" -> pmid = first(pmid, parsed(value, Pmid::parse, "PMID", line));
      case "pmc", "pmcid", "pmc-uid" ->
          pmcid = first(pmcid, parsed(value, Pmid::parsePmcid, "PMCID", line));
      default -> {}
    }
  }

  void subject(String text) {
    if (text != null) {
      subjects.add(text);
    }
  }

  void keyword(String text) {
    if (text != null) {
      keywords.add(text);
    }
  }

  /** Whether the abstract was read: only the first plain abstract is the article's. */
  boolean hasAbstract() {
    return abstractRead;
  }

  void startAbstract() {
    abstractRead = true;
  }

  void abstractSection(String label, String text) {
    if (text != null) {
      abstractSections.add(new AbstractSection(label, text));
    }
  }

  /** The number of the next ref of the reference list, counting from 1. */
  int nextReferenceNumber() {
    return ++refsSeen;
  }

  void reference(Reference reference) {
    references.add(reference);
  }

  private <T> T parsed(String value, Function<String, T> parser, String field, int line) {
    try {
      return parser.apply(value);
    } catch (IllegalArgumentException e) {
      warn(line, field + " left out: " + e.getMessage());
      return null;
    }
  }

  private PaperRecord toRecord() {
    if (title == null) {
      throw new IllegalArgumentException("article-title: missing, and a paper needs one");
    }
    PaperRecord.Builder record =
        PaperRecord.builder()
            .title(title)
            .articleType(readable(type))
            .date(dates.best(this))
            .journal(journal())
            .volume(volume)
            .issue(issue)
            .pages(pages())
            .doi(doi)
            .pmid(pmid)
            .pmcid(pmcid)
            .language(language);
    contributors.authors(this).forEach(record::author);
    keywords.forEach(record::keyword);
    subjects.forEach(subject -> record.category(new Category(subject, false)));
    abstractSections.forEach(record::abstractSection);
    references.forEach(record::reference);
    return record.build();
  }

  private Journal journal() {
    if (journalTitle == null) {
      return null;
    }
    return new Journal(journalTitle, issnPrint, issnElectronic, publisher);
  }

  private String pages() {
    if (firstPage == null) {
      return elocation;
    }
    return lastPage == null || lastPage.equals(firstPage) ? firstPage : firstPage + "-" + lastPage;
  }

  /** An article-type in words: "research-article" becomes "Research Article". */
  private static String readable(String articleType) {
    if (articleType == null) {
      return null;
    }
    StringBuilder words = new StringBuilder();
    for (String word : articleType.split("[-_\\s]+")) {
      if (!word.isEmpty()) {
        words.append(words.isEmpty() ? "" : " ");
        words.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    return words.isEmpty() ? null : words.toString();
  }

  private static <T> T first(T current, T candidate) {
    return current != null ? current : candidate;
  }
}
