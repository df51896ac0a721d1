package org.follicle.evidence;

import org.follicle.catalog.PapersStored;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Extracts the study facts of every stored paper from its title and abstract once the catalogue has
 * committed it, replacing what an earlier extraction stored; the event registry runs it again if
 * extraction fails or the process dies first.
 */
@Component
@ConditionalOnProperty(
    name = "follicle.evidence.on-import",
    havingValue = "true",
    matchIfMissing = true)
class StudyFactUpdater {

  private final StudyFactWriter writer;

  StudyFactUpdater(StudyFactWriter writer) {
    this.writer = writer;
  }

  @ApplicationModuleListener
  void on(PapersStored stored) {
    writer.extract(stored.paperIds());
  }
}
