package org.follicle.catalog;

import java.time.Instant;
import java.util.List;

/** Everything the catalogue holds about one paper, with the ids of what it links to. */
public record PaperDetails(
    long id,
    PaperRecord record,
    Long journalId,
    List<Long> authorIds,
    List<Topic> keywords,
    List<Topic> categories,
    Instant updatedAt) {

  /** A keyword or category with the slug of its topic page. */
  public record Topic(String name, String slug, boolean major) {}
}
