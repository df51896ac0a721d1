package org.follicle.authorship;

import java.util.Optional;

/**
 * A block another module adds to an author's profile page (such as the requests they answered),
 * drawn by a fragment of that module's own template so this module need not know the other.
 */
public interface AuthorProfileSection {

  /**
   * The template with a fragment {@code section(content)} that draws the section, such as {@code
   * "request/profile-answers"}; the fragment gets what {@link #content} returned.
   */
  String template();

  /** What the section shows for the author's account, or empty to leave it out. */
  Optional<?> content(long accountId);
}
