package org.follicle.catalog;

import java.util.Optional;

/**
 * A block another module adds to the paper page (a TLDR, study facts, related research), drawn by a
 * fragment of that module's own template so the catalogue need not know the module.
 */
public interface PaperPageSection {

  /** Where on the page a section goes. */
  enum Placement {
    /** Under the title and bibliographic facts, before the keywords: what a reader sees first. */
    LEAD,
    /** After the abstract. */
    BODY
  }

  /** Where this section goes; sections in one place follow their beans' order. */
  Placement placement();

  /**
   * The template with a fragment {@code section(content)} that draws the section, such as {@code
   * "summary/paper-sections"}; the fragment gets what {@link #content} returned.
   */
  String template();

  /** What the section shows for a paper, or empty to leave it out. */
  Optional<?> content(long paperId);
}
