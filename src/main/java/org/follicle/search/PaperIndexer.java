package org.follicle.search;

import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.follicle.catalog.PapersDeleted;
import org.follicle.catalog.PapersStored;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the index in step with the catalogue: each stored batch is read back and indexed once its
 * transaction has committed; the event registry runs it again if indexing fails or the process dies
 * first.
 */
@Component
class PaperIndexer {

  private final EntityManager entities;

  PaperIndexer(EntityManager entities) {
    this.entities = entities;
  }

  @ApplicationModuleListener
  void on(PapersStored stored) {
    index(stored.paperIds());
  }

  @ApplicationModuleListener
  void on(PapersDeleted deleted) {
    SearchIndexingPlan plan = Search.session(entities).indexingPlan();
    deleted.paperIds().forEach(id -> plan.purge(IndexedPaper.class, id, null));
  }

  /** Indexes these papers as the catalogue holds them now; ids no longer there leave the index. */
  void index(List<Long> ids) {
    SearchIndexingPlan plan = Search.session(entities).indexingPlan();
    List<IndexedPaper> papers =
        entities
            .createQuery(
                "select p from IndexedPaper p left join fetch p.journal where p.id in :ids",
                IndexedPaper.class)
            .setParameter("ids", ids)
            .getResultList();
    Set<Long> gone = new HashSet<>(ids);
    for (IndexedPaper paper : papers) {
      plan.addOrUpdate(paper);
      gone.remove(paper.getId());
    }
    gone.forEach(id -> plan.purge(IndexedPaper.class, id, null));
  }
}
