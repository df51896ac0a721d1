package org.follicle.search;

import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.follicle.catalog.PapersDeleted;
import org.follicle.catalog.PapersStored;
import org.follicle.citation.CitationCountsChanged;
import org.follicle.evidence.StudyTreatmentsChanged;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the index in step with the catalogue: each stored batch is read back and indexed once its
 * transaction has committed; the event registry runs it again if indexing fails or the process dies
 * first.
 */
@Component
class PaperIndexer {

  /** How many papers one query reads back when counts change (a rebuild changes thousands). */
  private static final int COUNTS_PAGE = 500;

  private final EntityManager entities;
  private final PaperEmbeddings embeddings;
  private final TransactionTemplate transactions;

  PaperIndexer(
      EntityManager entities, PaperEmbeddings embeddings, PlatformTransactionManager transactions) {
    this.entities = entities;
    this.embeddings = embeddings;
    this.transactions = new TransactionTemplate(transactions);
  }

  /**
   * Words first, so a stored paper can be found at once; then its embedding, and the document again
   * with it. One thread does both in turn: run side by side, the document without the vector could
   * be written last.
   */
  @Async
  @TransactionalEventListener
  void on(PapersStored stored) {
    transactions.executeWithoutResult(status -> index(stored.paperIds()));
    List<Long> embedded = embeddings.onImport() ? embeddings.update(stored.paperIds()) : List.of();
    if (!embedded.isEmpty() && embeddings.searchable()) {
      transactions.executeWithoutResult(status -> index(embedded));
    }
  }

  /** Treatments are read from a paper's abstract after it is first indexed: index it again. */
  @ApplicationModuleListener
  void on(StudyTreatmentsChanged changed) {
    index(changed.paperIds());
  }

  /** Papers are cited by papers imported later: index their counts again, a page at a time. */
  @ApplicationModuleListener
  void on(CitationCountsChanged changed) {
    List<Long> ids = changed.paperIds();
    for (int from = 0; from < ids.size(); from += COUNTS_PAGE) {
      index(ids.subList(from, Math.min(ids.size(), from + COUNTS_PAGE)));
      // Written before the next page is read, so the session holds one page of papers at a time.
      Search.session(entities).indexingPlan().execute();
      entities.clear();
    }
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
