package org.follicle.search;

import jakarta.persistence.EntityManagerFactory;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.springframework.stereotype.Service;

/** The search index as a whole: how many papers it holds, and rebuilding it from the catalogue. */
@Service
public class SearchIndex {

  private final EntityManagerFactory entities;

  SearchIndex(EntityManagerFactory entities) {
    this.entities = entities;
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
   * Empties the index and indexes every paper of the catalogue again, telling {@code progress} the
   * running count; returns how many papers were indexed.
   */
  public long rebuild(LongConsumer progress) throws InterruptedException {
    Counter counter = new Counter(progress);
    Search.mapping(entities)
        .scope(IndexedPaper.class)
        .massIndexer()
        .threadsToLoadObjects(1)
        .batchSizeToLoadObjects(200)
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
