package org.follicle.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.hibernate.annotations.Immutable;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/** An author as the index reads it from the catalogue's table; never written here. */
@Entity
@Immutable
@Table(name = "author")
class IndexedAuthor {

  @Id private Long id;

  @FullTextField(name = "name", analyzer = SearchAnalysis.NAME)
  private String family;

  @FullTextField(name = "given", analyzer = SearchAnalysis.NAME)
  private String given;

  @Column(name = "collective_name")
  @FullTextField(name = "collective", analyzer = SearchAnalysis.NAME)
  private String collectiveName;

  protected IndexedAuthor() {}

  /** The name as bylines show it: what author suggestions offer and result lists show. */
  @Transient
  @KeywordField(name = "display", aggregable = Aggregable.YES, projectable = Projectable.YES)
  @IndexingDependency(
      derivedFrom = {
        @ObjectPath(@PropertyValue(propertyName = "family")),
        @ObjectPath(@PropertyValue(propertyName = "given")),
        @ObjectPath(@PropertyValue(propertyName = "collectiveName"))
      })
  String getDisplayName() {
    if (collectiveName != null) {
      return collectiveName;
    }
    return given == null ? family : given + " " + family;
  }
}
