package org.follicle.catalog;

import java.util.Collection;
import java.util.Map;

/**
 * How often a paper is cited and how much of its reference list is resolved, provided by the module
 * that links citations, so the catalogue's API can show the counts without knowing it.
 */
public interface PaperCitationCounts {

  /** The counts of this paper; zeros when nothing is known of it. */
  Counts of(long paperId);

  /**
   * How many catalogue papers cite each of these papers, by paper id; papers never cited left out.
   */
  Map<Long, Integer> citedBy(Collection<Long> paperIds);

  /** Papers in the catalogue citing this one, and its references: resolved to papers, in all. */
  record Counts(int citedBy, int referencesResolved, int referencesTotal) {}
}
