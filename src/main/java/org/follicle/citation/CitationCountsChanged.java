package org.follicle.citation;

import java.util.List;

/** The cited-by counts of these papers changed: other papers now cite them more, or less. */
public record CitationCountsChanged(List<Long> paperIds) {

  public CitationCountsChanged {
    paperIds = List.copyOf(paperIds);
  }
}
