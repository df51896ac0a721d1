package org.follicle.catalog;

import java.util.List;

/**
 * Papers were created or changed in the catalogue (one event per stored batch): what is derived
 * from them (the search index, summaries, citation links) is brought up to date from it.
 */
public record PapersStored(List<Long> paperIds) {

  public PapersStored {
    paperIds = List.copyOf(paperIds);
  }
}
