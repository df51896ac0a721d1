package org.follicle.catalog;

import java.util.List;

/** A paper as lists show it: enough to recognise it and open its page. */
public record PaperSummary(
    long id,
    String title,
    String articleType,
    PartialDate date,
    Long journalId,
    String journalName,
    List<String> authorNames,
    Doi doi,
    String tldr,
    int citedBy) {

  public PaperSummary {
    date = date == null ? new PartialDate(null, null, null) : date;
    authorNames = List.copyOf(authorNames);
  }

  /** This summary with a one-line account of the paper, or none. */
  public PaperSummary withTldr(String blurb) {
    return new PaperSummary(
        id, title, articleType, date, journalId, journalName, authorNames, doi, blurb, citedBy);
  }

  /** This summary with the number of catalogue papers citing it. */
  public PaperSummary withCitedBy(int count) {
    return new PaperSummary(
        id, title, articleType, date, journalId, journalName, authorNames, doi, tldr, count);
  }

  /** The byline shortened for a list: up to three names, then "et al.". */
  public String byline() {
    if (authorNames.size() <= 3) {
      return String.join(", ", authorNames);
    }
    return String.join(", ", authorNames.subList(0, 3)) + " et al.";
  }
}
