package org.follicle.catalog;

import java.util.List;

/**
 * A topic's papers most cited first, a page at a time, from an index that keeps each paper's
 * cited-by count: provided by the search module, so a topic page reads one page, not the topic.
 */
public interface MostCitedInTopic {

  /**
   * The ids of at most {@code limit} papers of the topic with this slug from {@code offset}, most
   * cited first and newest first among equals, and whether more follow.
   */
  TopicPage page(String slug, int offset, int limit);

  /** One page of a topic's paper ids. */
  record TopicPage(List<Long> paperIds, boolean hasNext) {}
}
