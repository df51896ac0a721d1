package org.follicle.catalog;

import java.util.List;

/** A paper as the API lists it: what identifies it, and the path of its page. */
public record PaperListItem(
    long id,
    String title,
    String articleType,
    String published,
    String journal,
    List<String> authors,
    String doi,
    String tldr,
    int citedBy,
    String html) {

  public PaperListItem {
    authors = List.copyOf(authors);
  }

  /** The list item of a paper summary. */
  public static PaperListItem of(PaperSummary p) {
    return new PaperListItem(
        p.id(),
        p.title(),
        p.articleType(),
        p.date().isEmpty() ? null : p.date().iso(),
        p.journalName(),
        p.authorNames(),
        p.doi() == null ? null : p.doi().value(),
        p.tldr(),
        p.citedBy(),
        "/papers/" + p.id());
  }
}
