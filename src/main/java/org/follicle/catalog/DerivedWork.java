package org.follicle.catalog;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.stereotype.Component;

/**
 * The work that follows the catalogue's events (indexing, summaries...): a job waits for it, so
 * that it exits only when everything derived from what it stored is stored too.
 */
@Component
public class DerivedWork {

  private static final Set<EventPublication.Status> RUNNING =
      EnumSet.of(
          EventPublication.Status.PUBLISHED,
          EventPublication.Status.PROCESSING,
          EventPublication.Status.RESUBMITTED);

  private final EventPublicationRegistry registry;

  DerivedWork(EventPublicationRegistry registry) {
    this.registry = registry;
  }

  /**
   * Waits until no event is waiting for or running its listeners; returns how many failed (they are
   * run again when the application next starts). Throws if work still runs at the timeout.
   */
  public long await(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      var incomplete = registry.findIncompletePublications();
      if (incomplete.stream().noneMatch(p -> RUNNING.contains(p.getStatus()))) {
        return incomplete.size();
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "derived work (search indexing) still running after %d s"
                .formatted(timeout.toSeconds()));
      }
      Thread.sleep(50);
    }
  }
}
