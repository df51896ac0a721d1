package org.follicle.summary;

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

  TldrOnImport(Tldrs tldrs) {
    this.tldrs = tldrs;
  }

  @ApplicationModuleListener
  void on(PapersStored stored) {
    stored.paperIds().forEach(tldrs::regenerate);
  }
}
