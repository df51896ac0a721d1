package org.follicle.catalog;

import java.util.Optional;

/**
 * A block another module adds to the home page above the newest studies (such as a signed-in
 * reader's recommendations), drawn by a fragment of that module's own template.
 */
public interface HomePageSection {

  /**
   * The template with a fragment {@code section(content)} that draws the section; the fragment gets
   * what {@link #content} returned.
   */
  String template();

  /** What the section shows to the current visitor, or empty to leave it out. */
  Optional<?> content();
}
