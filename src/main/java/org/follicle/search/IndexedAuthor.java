package org.follicle.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;

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
}
