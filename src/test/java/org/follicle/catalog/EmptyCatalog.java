package org.follicle.catalog;

import org.springframework.jdbc.core.JdbcTemplate;

/** Empties the catalogue tables, so that a test starts from nothing on H2 and PostgreSQL alike. */
public final class EmptyCatalog {

  private EmptyCatalog() {}

  public static void empty(JdbcTemplate jdbc) {
    for (String table :
        new String[] {
          "paper_publication_type",
          "paper_author",
          "paper_keyword",
          "paper_category",
          "paper_abstract_section",
          "paper_notice",
          "paper_reference",
          "paper_tombstone",
          "paper",
          "author",
          "journal"
        }) {
      jdbc.update("delete from " + table);
    }
  }
}
