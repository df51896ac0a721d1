package org.follicle.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
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

  DemoContent(Importer importer) {
    this.importer = importer;
  }

  /** Loads the demo; loading it again changes nothing. */
  public ImportReport load() {
    ClassPathResource resource = new ClassPathResource(RESOURCE);
    try {
      return importer.importStream(RESOURCE, resource.getInputStream(), Optional.of("csl-json"));
    } catch (IOException e) {
      throw new UncheckedIOException("the demo content is missing from the application", e);
    }
  }
}
