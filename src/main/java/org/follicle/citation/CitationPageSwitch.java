package org.follicle.citation;

import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether the paper page shows the citation sections ({@code
 * follicle.citations.page-sections.enabled}, on by default); the benchmark turns them off and on
 * between its rounds to measure what they cost the page.
 */
@Component
class CitationPageSwitch {

  private final AtomicBoolean enabled;

  CitationPageSwitch(@Value("${follicle.citations.page-sections.enabled:true}") boolean enabled) {
    this.enabled = new AtomicBoolean(enabled);
  }

  boolean enabled() {
    return enabled.get();
  }

  void set(boolean on) {
    enabled.set(on);
  }
}
