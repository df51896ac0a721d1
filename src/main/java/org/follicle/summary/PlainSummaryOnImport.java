package org.follicle.summary;

import org.follicle.catalog.Catalog;
import org.follicle.catalog.PapersStored;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Writes the plain-language summaries of stored papers once their batch has committed; the event
 * registry runs it again if it fails or the process dies first.
 */
@Component
@ConditionalOnProperty(
    name = "follicle.summary.plain-language.on-import",
    havingValue = "true",
    matchIfMissing = true)
class PlainSummaryOnImport {

  private final PlainSummaries summaries;
  private final Catalog catalog;

  PlainSummaryOnImport(PlainSummaries summaries, Catalog catalog) {
    this.summaries = summaries;
    this.catalog = catalog;
  }

  @ApplicationModuleListener
  void on(PapersStored stored) {
    catalog.texts(stored.paperIds()).forEach(summaries::regenerate);
  }
}
