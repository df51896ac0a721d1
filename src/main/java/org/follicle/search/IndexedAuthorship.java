package org.follicle.search;

import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;

/** One place in a paper's byline. */
@Embeddable
class IndexedAuthorship {

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "author_id")
  @IndexedEmbedded(name = "person")
  @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
  private IndexedAuthor author;

  protected IndexedAuthorship() {}
}
