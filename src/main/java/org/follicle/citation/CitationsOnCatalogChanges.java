package org.follicle.citation;

import org.follicle.catalog.PapersDeleted;
import org.follicle.catalog.PapersStored;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Resolves the references of stored papers once their batch has committed, and takes down the links
 * of deleted ones; the event registry runs it again if it fails or the process dies first. Not an
 * application module listener: the graph runs its own transaction inside a lock, and an outer one
 * would hold a second connection while it waits.
 */
@Component
class CitationsOnCatalogChanges {

  private final CitationGraph graph;

  CitationsOnCatalogChanges(CitationGraph graph) {
    this.graph = graph;
  }

  @Async
  @TransactionalEventListener
  void on(PapersStored stored) {
    graph.stored(stored.paperIds());
  }

  @Async
  @TransactionalEventListener
  void on(PapersDeleted deleted) {
    graph.deleted(deleted.paperIds());
  }
}
