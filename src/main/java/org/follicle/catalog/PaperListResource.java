package org.follicle.catalog;

import java.util.List;

/** One page of the paper list, with the cursor of the next page (null on the last). */
record PaperListResource(List<Item> items, String next) {

  /** A paper in a list. */
  record Item(
      long id,
      String title,
      String articleType,
      String published,
      String journal,
      List<String> authors,
      String doi,
      String html) {

    static Item of(PaperSummary p) {
      return new Item(
          p.id(),
          p.title(),
          p.articleType(),
          p.date().isEmpty() ? null : p.date().iso(),
          p.journalName(),
          p.authorNames(),
          p.doi() == null ? null : p.doi().value(),
          "/papers/" + p.id());
    }
  }
}
