package org.follicle.search;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.Immutable;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * A paper as the search index reads it: a read-only view of the catalogue's tables, indexed when
 * the catalogue says papers were stored (never written through this entity).
 */
@Entity
@Immutable
@Table(name = "paper")
@SecondaryTable(name = "paper_embedding", pkJoinColumns = @PrimaryKeyJoinColumn(name = "paper_id"))
@Indexed(index = "paper")
class IndexedPaper {

  /** The sortable field of the number of papers citing this one. */
  static final String CITED_BY = "citedBy";

  @Id private Long id;

  /**
   * Term vectors with offsets let the highlighter find the matches in the stored text without
   * analysing it again for each result shown.
   */
  @FullTextField(
      analyzer = SearchAnalysis.TEXT,
      highlightable = Highlightable.FAST_VECTOR,
      termVector = TermVector.WITH_POSITIONS_OFFSETS,
      projectable = Projectable.YES)
  private String title;

  @Column(name = "article_type")
  @GenericField(name = "articleType", projectable = Projectable.YES, searchable = Searchable.NO)
  private String articleType;

  /** Shown in result lists; searched by the catalogue, never by words. */
  @Column(name = "doi")
  @GenericField(name = "doi", projectable = Projectable.YES, searchable = Searchable.NO)
  private String doi;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "paper_publication_type", joinColumns = @JoinColumn(name = "paper_id"))
  @Column(name = "name")
  private List<String> publicationTypes = new ArrayList<>();

  @Column(name = "pub_year")
  @GenericField(
      name = "year",
      aggregable = Aggregable.YES,
      sortable = Sortable.YES,
      projectable = Projectable.YES)
  private Integer year;

  @Column(name = "pub_month")
  @GenericField(name = "month", sortable = Sortable.YES, projectable = Projectable.YES)
  private Integer month;

  @Column(name = "pub_day")
  @GenericField(name = "day", sortable = Sortable.YES, projectable = Projectable.YES)
  private Integer day;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "journal_id")
  @IndexedEmbedded
  @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
  private IndexedJournal journal;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "paper_author", joinColumns = @JoinColumn(name = "paper_id"))
  @IndexedEmbedded(name = "author")
  private List<IndexedAuthorship> authorships = new ArrayList<>();

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "paper_keyword", joinColumns = @JoinColumn(name = "paper_id"))
  @IndexedEmbedded(name = "keyword")
  private List<IndexedTerm> keywords = new ArrayList<>();

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "paper_category", joinColumns = @JoinColumn(name = "paper_id"))
  @IndexedEmbedded(name = "mesh")
  private List<IndexedTerm> categories = new ArrayList<>();

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "paper_abstract_section", joinColumns = @JoinColumn(name = "paper_id"))
  @IndexedEmbedded(name = "abstract")
  private List<IndexedSection> abstractSections = new ArrayList<>();

  /**
   * The curated treatments the evidence module found the paper studies, by slug: a facet and a
   * filter. Read from its table as the catalogue's are; indexed again when they change.
   */
  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "evidence_study_treatment", joinColumns = @JoinColumn(name = "paper_id"))
  @Column(name = "treatment")
  @KeywordField(name = "treatment", aggregable = Aggregable.YES)
  private Set<String> treatments = new LinkedHashSet<>();

  /**
   * How many catalogue papers cite this one, as the citation module counts them: a sort. Read from
   * its table as the treatments are; indexed again when the counts change.
   */
  @Formula("(select c.cited_by from citation_paper c where c.paper_id = id)")
  @GenericField(name = CITED_BY, sortable = Sortable.YES, indexNullAs = "0")
  private Integer citedBy;

  /**
   * Absent until the paper's text has been embedded; indexed as a vector field by {@link
   * EmbeddingMapping} where the backend takes one.
   */
  @Column(table = "paper_embedding", name = "vector")
  @Convert(converter = VectorBytes.class)
  private float[] embedding;

  protected IndexedPaper() {}

  /** The text the sentence model embeds: the title, then the abstract. */
  String embeddingText() {
    StringBuilder text = new StringBuilder(title == null ? "" : title);
    abstractSections.forEach(section -> text.append('\n').append(section.body()));
    return text.toString();
  }

  /** Unstemmed words of the title, keywords and MeSH terms: the vocabulary of "did you mean". */
  @Transient
  @FullTextField(name = SpellingSuggestion.FIELD, analyzer = SearchAnalysis.NAME)
  @IndexingDependency(
      derivedFrom = {
        @ObjectPath(@PropertyValue(propertyName = "title")),
        @ObjectPath(@PropertyValue(propertyName = "keywords")),
        @ObjectPath(@PropertyValue(propertyName = "categories"))
      })
  List<String> getSpellingText() {
    List<String> texts = new ArrayList<>();
    texts.add(title);
    keywords.forEach(k -> texts.add(k.name()));
    categories.forEach(c -> texts.add(c.name()));
    return texts;
  }

  /** The article type and the publication types: one list to filter and count by. */
  @Transient
  @KeywordField(name = "type", aggregable = Aggregable.YES)
  @KeywordField(name = "typeKey", normalizer = SearchAnalysis.KEY)
  @IndexingDependency(
      derivedFrom = {
        @ObjectPath(@PropertyValue(propertyName = "articleType")),
        @ObjectPath(@PropertyValue(propertyName = "publicationTypes"))
      })
  List<String> getTypes() {
    Set<String> types = new LinkedHashSet<>();
    if (articleType != null) {
      types.add(articleType);
    }
    types.addAll(publicationTypes);
    return List.copyOf(types);
  }

  Long getId() {
    return id;
  }
}
