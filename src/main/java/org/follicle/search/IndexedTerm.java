package org.follicle.search;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/** A keyword or MeSH term of a paper: searched as words, filtered and counted by its slug. */
@Embeddable
class IndexedTerm {

  @Column(name = "name")
  @FullTextField(analyzer = SearchAnalysis.TEXT)
  @KeywordField(name = "label", aggregable = Aggregable.YES)
  private String name;

  @Column(name = "slug")
  @KeywordField(aggregable = Aggregable.YES)
  private String slug;

  protected IndexedTerm() {}

  String name() {
    return name;
  }
}
