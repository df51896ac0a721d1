package org.follicle.search;

import org.hibernate.search.engine.backend.types.VectorSimilarity;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;

/**
 * Indexes each paper's embedding as a vector field, for nearest-neighbour search. It is configured
 * only for backends that take vector fields (see {@link SearchSettings#indexesVectors()}).
 */
public class EmbeddingMapping implements HibernateOrmSearchMappingConfigurer {

  /** The index field holding the embedding. */
  static final String FIELD = "embedding";

  @Override
  public void configure(HibernateOrmMappingConfigurationContext context) {
    context
        .programmaticMapping()
        .type(IndexedPaper.class)
        .property("embedding")
        .vectorField(SentenceModel.DIMENSION, FIELD)
        .vectorSimilarity(VectorSimilarity.COSINE);
  }
}
