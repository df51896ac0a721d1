package org.follicle.catalog;

import java.util.List;

/** Papers left the catalogue: what was derived from them goes too. */
public record PapersDeleted(List<Long> paperIds) {

  public PapersDeleted {
    paperIds = List.copyOf(paperIds);
  }
}
