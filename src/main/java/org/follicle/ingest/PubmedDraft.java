package org.follicle.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.follicle.catalog.PaperRecord;
import org.follicle.catalog.PaperRecord.Author;
import org.follicle.catalog.PaperRecord.Reference;
import org.follicle.catalog.PartialDate;

/**
 * The values of one PubMed record, from XML or MEDLINE text, gathered while it is read. Some values
 * stand in for others that may come later (ELocationID's DOI for ArticleIdList's, the electronic
 * date for a missing PubDate, a book's authors for a chapter's), so the record is built once the
 * whole record has been read. The first value of a single-valued field wins.
 */
final class PubmedDraft {

  private final PaperRecord.Builder record = PaperRecord.builder();
  private final List<String> warnings = new ArrayList<>();
  private final List<String> publicationTypes = new ArrayList<>();
  private final List<String> keywords = new ArrayList<>();
  private final List<String> dois = new ArrayList<>();
  private final List<String> fallbackDois = new ArrayList<>();
  private final List<Author> authors = new ArrayList<>();
  private final List<Author> bookAuthors = new ArrayList<>();
  private final List<Reference> references = new ArrayList<>();
  private final List<Reference> citedInComments = new ArrayList<>();
  private String pmid;
  private String pmcid;
  private String title;
  private String vernacularTitle;
  private String bookTitle;
  private String collectionTitle;
  private String journalName;
  private String journalAbbreviation;
  private String issnPrint;
  private String issnElectronic;
  private String publisher;
  private String language;
  private PartialDate publicationDate;
  private PartialDate electronicDate;
  private String firstAuthorAffiliation;

  /** Trims and collapses runs of whitespace to one space; null when nothing is left. */
  static String clean(CharSequence text) {
    if (text == null) {
      return null;
    }
    StringBuilder cleaned = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        space = !cleaned.isEmpty();
      } else {
        if (space) {
          cleaned.append(' ');
          space = false;
        }
        cleaned.append(c);
      }
    }
    return cleaned.isEmpty() ? null : cleaned.toString();
  }

  /** Where the mappings report a value they left out, naming its field. */
  Consumer<String> warnings() {
    return warnings::add;
  }

  /** What was left out of the record, in the order it was read. */
  List<String> warningList() {
    return warnings;
  }

  /** The fields a mapping fills directly: volume, issue, pages, categories, abstract, notices. */
  PaperRecord.Builder record() {
    return record;
  }

  String pmid() {
    return pmid;
  }

  void pmid(String text) {
    if (pmid == null) {
      pmid = PubmedIdentifiers.pmid(text, warnings::add);
    }
  }

  void pmcid(String text) {
    if (pmcid == null) {
      pmcid = PubmedIdentifiers.pmcid(text, warnings::add);
    }
  }

  /** A DOI the record gives as its own identifier. */
  void doi(String text) {
    if (text != null) {
      dois.add(text);
    }
  }

  /** A DOI used only when the record gives none as its identifier (an ELocationID). */
  void fallbackDoi(String text) {
    if (text != null) {
      fallbackDois.add(text);
    }
  }

  void title(String text) {
    title = title == null ? text : title;
  }

  /** The title in the article's own language, shown when PubMed gives no English title. */
  void vernacularTitle(String text) {
    vernacularTitle = vernacularTitle == null ? text : vernacularTitle;
  }

  void bookTitle(String text) {
    bookTitle = bookTitle == null ? text : bookTitle;
  }

  void collectionTitle(String text) {
    collectionTitle = collectionTitle == null ? text : collectionTitle;
  }

  void journalName(String text) {
    journalName = journalName == null ? text : journalName;
  }

  void journalAbbreviation(String text) {
    journalAbbreviation = journalAbbreviation == null ? text : journalAbbreviation;
  }

  void publisher(String text) {
    publisher = publisher == null ? text : publisher;
  }

  /** An ISSN with its PubMed type: Print, Electronic or Linking (a journal-level ISSN-L). */
  void issn(String text, String type) {
    if (text == null || "Linking".equalsIgnoreCase(type)) {
      return;
    }
    if ("Electronic".equalsIgnoreCase(type)) {
      issnElectronic =
          issnElectronic == null ? PubmedIdentifiers.issn(text, warnings::add) : issnElectronic;
    } else {
      issnPrint = issnPrint == null ? PubmedIdentifiers.issn(text, warnings::add) : issnPrint;
    }
  }

  void language(String text) {
    language = language == null ? text : language;
  }

  void publicationDate(PartialDate date) {
    publicationDate = publicationDate == null ? date : publicationDate;
  }

  /** The date of the electronic version, used when the record has no publication date. */
  void electronicDate(PartialDate date) {
    electronicDate = electronicDate == null ? date : electronicDate;
  }

  void publicationType(String type) {
    if (type != null && !publicationTypes.contains(type)) {
      publicationTypes.add(type);
    }
  }

  void keyword(String keyword) {
    if (keyword != null && !keywords.contains(keyword)) {
      keywords.add(keyword);
    }
  }

  void author(Author author) {
    authors.add(author);
  }

  /** An author of the whole book, credited when the chapter names no authors of its own. */
  void bookAuthor(Author author) {
    bookAuthors.add(author);
  }

  /** Gives the last author an affiliation, unless it already has one. */
  void affiliateLastAuthor(String affiliation) {
    int last = authors.size() - 1;
    if (last >= 0) {
      authors.set(last, withAffiliation(authors.get(last), affiliation));
    }
  }

  /**
   * The affiliation of the first author, as older records give it before their author list (a
   * legacy Article/Affiliation, an AD line before the first author).
   */
  void firstAuthorAffiliation(String affiliation) {
    firstAuthorAffiliation = firstAuthorAffiliation == null ? affiliation : firstAuthorAffiliation;
  }

  /** Gives the last author an ORCID iD, unless it already has one. */
  void identifyLastAuthor(String orcid) {
    int last = authors.size() - 1;
    Author author = last < 0 ? null : authors.get(last);
    if (author != null && author.orcid() == null && orcid != null) {
      authors.set(
          last,
          new Author(
              author.family(),
              author.given(),
              author.collectiveName(),
              orcid,
              author.affiliation()));
    }
  }

  boolean hasAuthors() {
    return !authors.isEmpty();
  }

  void reference(Reference reference) {
    references.add(reference);
  }

  /** How many references of the reference list were kept so far. */
  int referenceCount() {
    return references.size();
  }

  /**
   * A cited work listed among the comments and corrections, as older records list their references;
   * used only when the record has no reference list.
   */
  void citedInComments(Reference reference) {
    citedInComments.add(reference);
  }

  /** The record; throws if it has no title. */
  PaperRecord build() {
    String shownTitle = firstNonNull(title, vernacularTitle, bookTitle);
    if (shownTitle == null) {
      throw new IllegalArgumentException("title: missing, and a paper needs one");
    }
    record
        .title(shownTitle)
        .pmid(pmid)
        .pmcid(pmcid)
        .journal(journal())
        .language(language)
        .date(
            publicationDate == null || publicationDate.isEmpty() ? electronicDate : publicationDate)
        .doi(PubmedIdentifiers.doi(candidateDois(), warnings::add))
        .articleType(PubmedPublicationTypes.articleType(publicationTypes));
    publicationTypes.forEach(record::publicationType);
    keywords.forEach(record::keyword);
    credited().forEach(record::author);
    (references.isEmpty() ? citedInComments : references).forEach(record::reference);
    return record.build();
  }

  private static String firstNonNull(String... values) {
    for (String value : values) {
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  private List<Author> credited() {
    List<Author> credited = new ArrayList<>(authors.isEmpty() ? bookAuthors : authors);
    if (!credited.isEmpty()) {
      credited.set(0, withAffiliation(credited.get(0), firstAuthorAffiliation));
    }
    return credited;
  }

  private static Author withAffiliation(Author author, String affiliation) {
    if (affiliation == null || author.affiliation() != null) {
      return author;
    }
    return new Author(
        author.family(), author.given(), author.collectiveName(), author.orcid(), affiliation);
  }

  private List<String> candidateDois() {
    List<String> candidates = new ArrayList<>(dois);
    candidates.addAll(fallbackDois);
    return candidates;
  }

  /** The journal; for a book chapter the book, for a whole book its series, if any. */
  private PaperRecord.Journal journal() {
    String name = journalName != null ? journalName : journalAbbreviation;
    if (name == null && (title != null || vernacularTitle != null)) {
      name = bookTitle;
    }
    if (name == null) {
      name = collectionTitle;
    }
    return name == null
        ? null
        : new PaperRecord.Journal(name, issnPrint, issnElectronic, publisher);
  }
}
