package org.follicle.search;

import org.follicle.catalog.Catalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A catalogue stored before it had a search index (or whose index was deleted) is indexed in the
 * background when the web app starts, so search never silently misses what is stored.
 */
@Component
@ConditionalOnWebApplication
class IndexOnFirstStart {

  private static final Logger log = LoggerFactory.getLogger(IndexOnFirstStart.class);

  private final SearchIndex index;
  private final Catalog catalog;

  IndexOnFirstStart(SearchIndex index, Catalog catalog) {
    this.index = index;
    this.catalog = catalog;
  }

  @EventListener(ApplicationReadyEvent.class)
  void indexIfEmpty() {
    long papers = catalog.size();
    if (papers == 0 || index.size() > 0) {
      return;
    }
    Thread rebuild =
        new Thread(
            () -> {
              log.info("The search index is empty; indexing {} papers of the catalogue", papers);
              log.info("Indexed {} papers", index.indexAll(count -> {}));
              if (index.embeds()) {
                log.info("Checked the embeddings of {} papers", index.embedAll(count -> {}));
              }
            },
            "search-index-rebuild");
    // Events may index papers meanwhile: indexAll replaces documents, so none is doubled.
    // Shutdown does not wait for it; a rebuild cut off midway is finished with `reindex`.
    rebuild.setDaemon(true);
    rebuild.start();
  }
}
