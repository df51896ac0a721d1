package org.follicle.catalog;

import java.util.List;

/** A paper's title and abstract: what other modules write summaries and study facts from. */
public record PaperText(long id, String title, List<PaperRecord.AbstractSection> abstractSections) {

  public PaperText {
    abstractSections = List.copyOf(abstractSections);
  }
}
