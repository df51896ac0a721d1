package org.follicle.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;

/**
 * The demo catalogue: the two studies Follicle grew from, with only the facts their pages give,
 * loaded from a CSL-JSON file in the jar through the normal importer.
 */
@Service
public class DemoContent {

  static final String RESOURCE = "demo/seed-studies.csl.json";

  private final Importer importer;
  private final ApplicationEventPublisher events;

  DemoContent(Importer importer, ApplicationEventPublisher events) {
    this.importer = importer;
    this.events = events;
  }

  /**
   * Loads the demo, then tells other modules to add theirs (the community's posts about the
   * studies); loading it again changes nothing.
   */
  public ImportReport load() {
    ClassPathResource resource = new ClassPathResource(RESOURCE);
    ImportReport report;
    try {
      report = importer.importStream(RESOURCE, resource.getInputStream(), Optional.of("csl-json"));
    } catch (IOException e) {
      throw new UncheckedIOException("the demo content is missing from the application", e);
    }
    events.publishEvent(new DemoContentLoaded());
    return report;
  }
}
