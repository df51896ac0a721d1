package org.follicle.evidence;

import java.util.List;

/**
 * The treatments these papers are found to study changed (gained, lost or replaced) after their
 * abstracts were read: what the search index files them under is out of date.
 */
public record StudyTreatmentsChanged(List<Long> paperIds) {

  public StudyTreatmentsChanged {
    paperIds = List.copyOf(paperIds);
  }
}
