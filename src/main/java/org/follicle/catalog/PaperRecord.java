package org.follicle.catalog;

import java.util.List;
import java.util.Objects;

/**
 * A normalised bibliographic record, as an importer hands it to the catalogue. Absent values are
 * null (scalars) or empty (lists), never blank strings.
 */
public record PaperRecord(
    String title,
    String articleType,
    List<String> publicationTypes,
    PartialDate date,
    Journal journal,
    String volume,
    String issue,
    String pages,
    Doi doi,
    String pmid,
    String pmcid,
    String language,
    List<Author> authors,
    List<String> keywords,
    List<Category> categories,
    List<AbstractSection> abstractSections,
    boolean abstractWrittenByFollicle,
    List<Notice> notices) {

  public PaperRecord {
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("a paper needs a title");
    }
    date = Objects.requireNonNullElse(date, new PartialDate(null, null, null));
    publicationTypes = List.copyOf(publicationTypes);
    authors = List.copyOf(authors);
    keywords = List.copyOf(keywords);
    categories = List.copyOf(categories);
    abstractSections = List.copyOf(abstractSections);
    notices = List.copyOf(notices);
  }

  /** A journal as a record names it; matched to the catalogue by ISSN, then by name. */
  public record Journal(String name, String issnPrint, String issnElectronic, String publisher) {}

  /** One author in byline order: a person (family, given) or a collective name. */
  public record Author(
      String family, String given, String collectiveName, String orcid, String affiliation) {

    /** The name as printed in a byline: "Eda Öksüm Solak", or the collective name. */
    public String displayName() {
      if (collectiveName != null) {
        return collectiveName;
      }
      return given == null ? family : given + " " + family;
    }
  }

  /** A subject category such as a MeSH heading; major marks a main topic of the paper. */
  public record Category(String name, boolean major) {}

  /** One section of an abstract; the label is null for an unstructured abstract. */
  public record AbstractSection(String label, String text) {}

  /** A retraction, correction or expression of concern attached to a paper. */
  public record Notice(NoticeKind kind, String description, Doi doi, String pmid) {}

  /** What a notice announces. */
  public enum NoticeKind {
    RETRACTION,
    CORRECTION,
    EXPRESSION_OF_CONCERN
  }
}
