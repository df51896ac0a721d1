package org.follicle.catalog;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A paper in the catalogue; its state is always written whole from a {@link PaperRecord}. */
@Entity
@Table(name = "paper")
class Paper {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "paper_seq")
  @SequenceGenerator(name = "paper_seq", sequenceName = "paper_seq", allocationSize = 50)
  private Long id;

  @Version private long version;

  @Column(nullable = false, length = 4000)
  private String title;

  @Column(name = "title_key", nullable = false, length = 200)
  private String titleKey;

  @Column(name = "article_type", length = 200)
  private String articleType;

  @ElementCollection
  @CollectionTable(name = "paper_publication_type", joinColumns = @JoinColumn(name = "paper_id"))
  @OrderColumn(name = "seq")
  @Column(name = "name", nullable = false, length = 200)
  private List<String> publicationTypes = new ArrayList<>();

  @Embedded private PartialDate date;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "journal_id")
  private Journal journal;

  @Column(length = 100)
  private String volume;

  @Column(length = 100)
  private String issue;

  @Column(length = 100)
  private String pages;

  @Column(length = 500, unique = true)
  private String doi;

  @Column(length = 20, unique = true)
  private String pmid;

  @Column(length = 20, unique = true)
  private String pmcid;

  @Column(length = 20)
  private String language;

  @ElementCollection
  @CollectionTable(name = "paper_author", joinColumns = @JoinColumn(name = "paper_id"))
  @OrderColumn(name = "seq")
  private List<Authorship> authorships = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "paper_keyword", joinColumns = @JoinColumn(name = "paper_id"))
  @OrderColumn(name = "seq")
  private List<TopicTerm> keywords = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "paper_category", joinColumns = @JoinColumn(name = "paper_id"))
  @OrderColumn(name = "seq")
  private List<TopicTerm> categories = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "paper_abstract_section", joinColumns = @JoinColumn(name = "paper_id"))
  @OrderColumn(name = "seq")
  private List<AbstractPart> abstractSections = new ArrayList<>();

  @Column(name = "abstract_by_follicle", nullable = false)
  private boolean abstractWrittenByFollicle;

  @ElementCollection
  @CollectionTable(name = "paper_notice", joinColumns = @JoinColumn(name = "paper_id"))
  @OrderColumn(name = "seq")
  @AttributeOverride(name = "doi", column = @Column(name = "notice_doi", length = 500))
  @AttributeOverride(name = "pmid", column = @Column(name = "notice_pmid", length = 20))
  private List<NoticeEntry> notices = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "paper_reference", joinColumns = @JoinColumn(name = "paper_id"))
  @OrderColumn(name = "seq")
  private List<ReferenceEntry> references = new ArrayList<>();

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Paper() {}

  Paper(Instant now) {
    this.createdAt = now;
  }

  /** The key that finds a paper with no identifier: its title reduced to letters and digits. */
  static String titleKeyOf(String title) {
    String key = title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    return key.length() > 200 ? key.substring(0, 200) : key;
  }

  /** Replaces the paper's state with the record's, linked to stored journal and authors. */
  void write(PaperRecord record, Journal journal, List<Author> authors, Instant now) {
    title = record.title();
    titleKey = titleKeyOf(record.title());
    articleType = record.articleType();
    publicationTypes = new ArrayList<>(record.publicationTypes());
    date = record.date();
    this.journal = journal;
    volume = record.volume();
    issue = record.issue();
    pages = record.pages();
    doi = record.doi() == null ? null : record.doi().value();
    pmid = record.pmid();
    pmcid = record.pmcid();
    language = record.language();
    authorships = new ArrayList<>();
    for (int i = 0; i < authors.size(); i++) {
      authorships.add(new Authorship(authors.get(i), record.authors().get(i).affiliation()));
    }
    keywords =
        new ArrayList<>(record.keywords().stream().map(k -> TopicTerm.of(k, false)).toList());
    categories =
        new ArrayList<>(
            record.categories().stream().map(c -> TopicTerm.of(c.name(), c.major())).toList());
    abstractSections =
        new ArrayList<>(
            record.abstractSections().stream()
                .map(s -> new AbstractPart(s.label(), s.text()))
                .toList());
    abstractWrittenByFollicle = record.abstractWrittenByFollicle();
    notices = new ArrayList<>(record.notices().stream().map(Paper::entryOf).toList());
    references = new ArrayList<>(record.references().stream().map(ReferenceEntry::of).toList());
    updatedAt = now;
  }

  /** The stored authors of the byline, in order. */
  List<Author> authors() {
    return authorships.stream().map(Authorship::author).toList();
  }

  Journal journal() {
    return journal;
  }

  String titleKey() {
    return titleKey;
  }

  /** Only the identifiers, without touching the paper's collections. */
  PaperRecord identifiers() {
    return PaperRecord.builder()
        .title(title)
        .doi(doi == null ? null : new Doi(doi))
        .pmid(pmid)
        .pmcid(pmcid)
        .build();
  }

  PaperRecord toRecord() {
    return new PaperRecord(
        title,
        articleType,
        publicationTypes,
        date,
        journal == null ? null : journal.toRecord(),
        volume,
        issue,
        pages,
        doi == null ? null : new Doi(doi),
        pmid,
        pmcid,
        language,
        authorships.stream().map(Authorship::toRecord).toList(),
        keywords.stream().map(TopicTerm::name).toList(),
        categories.stream().map(c -> new PaperRecord.Category(c.name(), c.major())).toList(),
        abstractSections.stream()
            .map(s -> new PaperRecord.AbstractSection(s.label(), s.body()))
            .toList(),
        abstractWrittenByFollicle,
        notices.stream().map(Paper::noticeOf).toList(),
        references.stream().map(ReferenceEntry::toReference).toList());
  }

  PaperDetails toDetails() {
    return new PaperDetails(
        id,
        toRecord(),
        journal == null ? null : journal.getId(),
        authorships.stream().map(a -> a.author().getId()).toList(),
        keywords.stream().map(TopicTerm::toTopic).toList(),
        categories.stream().map(TopicTerm::toTopic).toList(),
        updatedAt);
  }

  PaperText toText() {
    return new PaperText(
        id,
        title,
        abstractSections.stream()
            .map(s -> new PaperRecord.AbstractSection(s.label(), s.body()))
            .toList());
  }

  PaperSummary toSummary() {
    return new PaperSummary(
        id,
        title,
        articleType,
        date,
        journal == null ? null : journal.getId(),
        journal == null ? null : journal.getName(),
        authorships.stream().map(a -> a.author().displayName()).toList(),
        doi == null ? null : new Doi(doi),
        null,
        0);
  }

  private static NoticeEntry entryOf(PaperRecord.Notice notice) {
    return new NoticeEntry(
        notice.kind(),
        notice.description(),
        notice.doi() == null ? null : notice.doi().value(),
        notice.pmid());
  }

  private static PaperRecord.Notice noticeOf(NoticeEntry entry) {
    return new PaperRecord.Notice(
        entry.kind(),
        entry.description(),
        entry.doi() == null ? null : new Doi(entry.doi()),
        entry.pmid());
  }

  Long getId() {
    return id;
  }
}
