package org.follicle.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The search index as a whole: how many papers it holds, and rebuilding it from the catalogue. */
@Service
public class SearchIndex {

  private static final int BATCH = 200;

  private final EntityManagerFactory entities;
  private final PaperIndexer indexer;
  private final PaperEmbeddings embeddings;
  private final TransactionTemplate transactions;

  SearchIndex(
      EntityManagerFactory entities,
      PaperIndexer indexer,
      PaperEmbeddings embeddings,
      PlatformTransactionManager transactions) {
    this.entities = entities;
    this.indexer = indexer;
    this.embeddings = embeddings;
    this.transactions = new TransactionTemplate(transactions);
  }

  /** How many papers the index holds. */
  public long size() {
    try (var session = entities.createEntityManager()) {
      return Search.session(session)
          .search(IndexedPaper.class)
          .where(f -> f.matchAll())
          .fetchTotalHitCount();
    }
  }

  /**
   * Indexes every paper again, a batch per transaction, replacing each paper's document: unlike
   * {@link #rebuild}, safe while the catalogue's events index papers at the same time.
   */
  public long indexAll(LongConsumer progress) {
    return eachBatch(
        Long.MAX_VALUE,
        batch -> transactions.executeWithoutResult(status -> indexer.index(batch)),
        progress);
  }

  /**
   * Embeds every paper whose embedding is missing or stale (another model, changed text), and
   * indexes those again; tells {@code progress} the running count of papers looked at.
   */
  public long embedAll(LongConsumer progress) {
    return embedFirst(Long.MAX_VALUE, progress);
  }

  /** Whether papers are embedded here as they are stored, and so by reindex too. */
  public boolean embeds() {
    return embeddings.onImport();
  }

  /**
   * Embeds the first papers by id, up to {@code papers}, and indexes them again: a slice of a
   * catalogue whose papers are not embedded as they are stored. Returns how many were looked at.
   */
  public long embedFirst(long papers, LongConsumer progress) {
    return eachBatch(
        papers,
        batch -> {
          List<Long> embedded = embeddings.update(batch);
          if (!embedded.isEmpty() && embeddings.searchable()) {
            transactions.executeWithoutResult(status -> indexer.index(embedded));
          }
        },
        progress);
  }

  private long eachBatch(long most, Consumer<List<Long>> work, LongConsumer progress) {
    long after = 0;
    long[] done = {0};
    while (done[0] < most) {
      long from = after;
      List<Long> ids =
          transactions.execute(
              status ->
                  entityManager()
                      .createQuery(
                          "select p.id from IndexedPaper p where p.id > :after order by p.id",
                          Long.class)
                      .setParameter("after", from)
                      .setMaxResults((int) Math.min(BATCH, most - done[0]))
                      .getResultList());
      if (ids.isEmpty()) {
        break;
      }
      work.accept(ids);
      done[0] += ids.size();
      after = ids.get(ids.size() - 1);
      progress.accept(done[0]);
    }
    return done[0];
  }

  private EntityManager entityManager() {
    return EntityManagerFactoryUtils.getTransactionalEntityManager(entities);
  }

  /**
   * Empties the index and indexes every paper of the catalogue again, telling {@code progress} the
   * running count; returns how many papers were indexed. Fast, but it adds documents without
   * replacing any, so nothing else may index meanwhile: it is for the {@code reindex} command.
   */
  public long rebuild(LongConsumer progress) throws InterruptedException {
    Counter counter = new Counter(progress);
    Search.mapping(entities)
        .scope(IndexedPaper.class)
        .massIndexer()
        .threadsToLoadObjects(1)
        .batchSizeToLoadObjects(200)
        // One segment: facets then count without mapping each segment's values to the others'.
        .mergeSegmentsOnFinish(true)
        .monitor(counter)
        .startAndWait();
    return counter.indexed.get();
  }

  /** Counts what the mass indexer writes. */
  private static final class Counter implements MassIndexingMonitor {
    private final AtomicLong indexed = new AtomicLong();
    private final LongConsumer progress;

    Counter(LongConsumer progress) {
      this.progress = progress;
    }

    @Override
    public void documentsAdded(long increment) {
      progress.accept(indexed.addAndGet(increment));
    }

    @Override
    public void documentsBuilt(long increment) {
      // counted once added to the index
    }

    @Override
    public void entitiesLoaded(long increment) {
      // counted once added to the index
    }

    @Override
    public void indexingCompleted() {
      // the caller learns it when rebuild returns
    }
  }
}
