package org.follicle.summary;

import org.follicle.catalog.Catalog;
import org.follicle.catalog.PapersStored;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Writes the TLDRs of stored papers once their batch has committed; the event registry runs it
 * again if it fails or the process dies first.
 */
@Component
@ConditionalOnProperty(
    name = "follicle.summary.on-import",
    havingValue = "true",
    matchIfMissing = true)
class TldrOnImport {

  private final Tldrs tldrs;
  private final Catalog catalog;

  TldrOnImport(Tldrs tldrs, Catalog catalog) {
    this.tldrs = tldrs;
    this.catalog = catalog;
  }

  @ApplicationModuleListener
  void on(PapersStored stored) {
    catalog.texts(stored.paperIds()).forEach(tldrs::regenerate);
  }
}
