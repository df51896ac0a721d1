package org.follicle.search;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.follicle.catalog.MostCitedInTopic;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A topic's papers most cited first, straight from the index's cited-by field: one query for one
 * page, however many papers the topic has.
 */
@Component
class TopicMostCited implements MostCitedInTopic {

  private final EntityManager entities;

  TopicMostCited(EntityManager entities) {
    this.entities = entities;
  }

  @Override
  @Transactional(readOnly = true)
  public TopicPage page(String slug, int offset, int limit) {
    List<Long> ids =
        Search.session(entities)
            .search(IndexedPaper.class)
            .select(f -> f.id(Long.class))
            .where(
                f ->
                    f.or(
                        f.match().field("keyword.slug").matching(slug),
                        f.match().field("mesh.slug").matching(slug)))
            .sort(
                f ->
                    PaperSearch.byDateNewestFirst(f.field(IndexedPaper.CITED_BY).desc().then())
                        .then()
                        .indexOrder())
            .fetchHits(offset, limit + 1);
    return new TopicPage(ids.subList(0, Math.min(limit, ids.size())), ids.size() > limit);
  }
}
