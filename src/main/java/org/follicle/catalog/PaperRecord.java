package org.follicle.catalog;

import java.util.ArrayList;
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
    List<Notice> notices,
    List<Reference> references) {

  public PaperRecord {
    if (title == null || title.isBlank()) {
      throw new IllegalArgumentException("a paper needs a title");
    }
    date = Objects.requireNonNullElse(date, new PartialDate(null, null, null));
    // Values longer than any real one are garbage from a broken source; clipped here, in the
    // record, so that a re-import compares equal to what was stored.
    title = clip(title, 4000);
    articleType = clip(articleType, 200);
    volume = clip(volume, 100);
    issue = clip(issue, 100);
    pages = clip(pages, 100);
    language = clip(language, 20);
    publicationTypes = List.copyOf(publicationTypes);
    authors = List.copyOf(authors);
    keywords = List.copyOf(keywords);
    categories = List.copyOf(categories);
    abstractSections = List.copyOf(abstractSections);
    notices = List.copyOf(notices);
    references = List.copyOf(references);
  }

  static String clip(String text, int length) {
    return text == null || text.length() <= length ? text : text.substring(0, length);
  }

  /** A builder for readers that fill a record field by field as they parse. */
  public static Builder builder() {
    return new Builder();
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

  /**
   * One entry of the paper's reference list, as printed and with whatever identifiers it carries;
   * the citation module resolves it to a catalogue paper.
   */
  public record Reference(
      String text,
      Doi doi,
      String pmid,
      String pmcid,
      String title,
      String firstAuthor,
      Integer year,
      String journal) {

    public Reference {
      text = clip(text, 4000);
      title = clip(title, 2000);
      firstAuthor = clip(firstAuthor, 500);
      journal = clip(journal, 1000);
    }
  }

  /** What a notice announces. */
  public enum NoticeKind {
    RETRACTION,
    CORRECTION,
    EXPRESSION_OF_CONCERN
  }

  /** Fills a {@link PaperRecord}; lists start empty, scalars null. */
  public static final class Builder {
    private String title;
    private String articleType;
    private final List<String> publicationTypes = new ArrayList<>();
    private PartialDate date;
    private Journal journal;
    private String volume;
    private String issue;
    private String pages;
    private Doi doi;
    private String pmid;
    private String pmcid;
    private String language;
    private final List<Author> authors = new ArrayList<>();
    private final List<String> keywords = new ArrayList<>();
    private final List<Category> categories = new ArrayList<>();
    private final List<AbstractSection> abstractSections = new ArrayList<>();
    private boolean abstractWrittenByFollicle;
    private final List<Notice> notices = new ArrayList<>();
    private final List<Reference> references = new ArrayList<>();

    private Builder() {}

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    public Builder articleType(String articleType) {
      this.articleType = articleType;
      return this;
    }

    public Builder publicationType(String publicationType) {
      publicationTypes.add(publicationType);
      return this;
    }

    public Builder date(PartialDate date) {
      this.date = date;
      return this;
    }

    public Builder journal(Journal journal) {
      this.journal = journal;
      return this;
    }

    public Builder volume(String volume) {
      this.volume = volume;
      return this;
    }

    public Builder issue(String issue) {
      this.issue = issue;
      return this;
    }

    public Builder pages(String pages) {
      this.pages = pages;
      return this;
    }

    public Builder doi(Doi doi) {
      this.doi = doi;
      return this;
    }

    public Builder pmid(String pmid) {
      this.pmid = pmid;
      return this;
    }

    public Builder pmcid(String pmcid) {
      this.pmcid = pmcid;
      return this;
    }

    public Builder language(String language) {
      this.language = language;
      return this;
    }

    public Builder author(Author author) {
      authors.add(author);
      return this;
    }

    public Builder keyword(String keyword) {
      keywords.add(keyword);
      return this;
    }

    public Builder category(Category category) {
      categories.add(category);
      return this;
    }

    public Builder abstractSection(AbstractSection section) {
      abstractSections.add(section);
      return this;
    }

    public Builder abstractWrittenByFollicle(boolean writtenByFollicle) {
      this.abstractWrittenByFollicle = writtenByFollicle;
      return this;
    }

    public Builder notice(Notice notice) {
      notices.add(notice);
      return this;
    }

    public Builder reference(Reference reference) {
      references.add(reference);
      return this;
    }

    /** The record; throws if it has no title, the one field every paper needs. */
    public PaperRecord build() {
      return new PaperRecord(
          title,
          articleType,
          publicationTypes,
          date,
          journal,
          volume,
          issue,
          pages,
          doi,
          pmid,
          pmcid,
          language,
          authors,
          keywords,
          categories,
          abstractSections,
          abstractWrittenByFollicle,
          notices,
          references);
    }
  }
}
