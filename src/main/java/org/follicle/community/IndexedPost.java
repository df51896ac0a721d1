package org.follicle.community;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.util.ArrayList;
import java.util.List;
import org.follicle.search.AnalyzerNames;
import org.follicle.web.MarkdownText;
import org.hibernate.annotations.Immutable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * A post as the search index reads it: a read-only view of its row and its comments' text, indexed
 * explicitly when the post or a comment is written (never written through this entity).
 */
@Entity
@Immutable
@Table(name = "community_post")
@Indexed(index = "community_post")
class IndexedPost {

  static final String TITLE = "title";
  static final String TEXT = "text";
  static final String COMMENTS = "comments";
  static final String CHANNEL = "channel";

  @Id private Long id;

  @Column(name = "channel_id")
  @GenericField(name = CHANNEL)
  private Long channelId;

  @FullTextField(
      name = TITLE,
      analyzer = AnalyzerNames.ENGLISH,
      highlightable = Highlightable.UNIFIED)
  private String title;

  private String body;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "community_comment", joinColumns = @JoinColumn(name = "post_id"))
  @Column(name = "body")
  @FullTextField(name = COMMENTS, analyzer = AnalyzerNames.ENGLISH)
  private List<String> comments = new ArrayList<>();

  protected IndexedPost() {}

  /** The body as plain text: a snippet shows no Markdown syntax, a search matches no URL parts. */
  @Transient
  @FullTextField(
      name = TEXT,
      analyzer = AnalyzerNames.ENGLISH,
      highlightable = Highlightable.UNIFIED)
  @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "body")))
  String getText() {
    return MarkdownText.toPlainText(body);
  }

  Long getId() {
    return id;
  }
}
