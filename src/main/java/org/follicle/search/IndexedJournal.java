package org.follicle.search;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** The journal as the index reads it from the catalogue's table; never written here. */
@Entity
@Immutable
@Table(name = "journal")
class IndexedJournal {

  /** Projected with the name: result lists link the journal's page. */
  @Id
  @GenericField(projectable = Projectable.YES, searchable = Searchable.NO)
  private Long id;

  @FullTextField(analyzer = SearchAnalysis.NAME)
  @KeywordField(name = "facet", aggregable = Aggregable.YES, projectable = Projectable.YES)
  private String name;

  protected IndexedJournal() {}
}
