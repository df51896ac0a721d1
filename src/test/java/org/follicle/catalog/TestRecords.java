package org.follicle.catalog;

import java.util.List;

/** Catalogue records for tests, with only the fields a test names. */
public final class TestRecords {

  private TestRecords() {}

  /** A journal article with a title, a DOI and nothing else. */
  public static PaperRecord withDoi(String title, String doi) {
    return record(
        title, doi == null ? null : Doi.parse(doi), null, new PartialDate(null, null, null));
  }

  /** A record with the given identifiers and date; null leaves a field out. */
  public static PaperRecord record(String title, Doi doi, String pmid, PartialDate date) {
    return new PaperRecord(
        title, null, List.of(), date, null, null, null, null, doi, pmid, null, null, List.of(),
        List.of(), List.of(), List.of(), false, List.of());
  }

  /**
   * A fully described article: journal, authors, keywords, categories and a structured abstract.
   */
  public static PaperRecord full(String title, String doi, String pmid, PartialDate date) {
    return new PaperRecord(
        title,
        "Randomized Controlled Trial",
        List.of("Journal Article", "Randomized Controlled Trial"),
        date,
        new PaperRecord.Journal(
            "Journal of Hair Science", "1234-5678", null, "Follicle Test Press"),
        "12",
        "3",
        "101-109",
        doi == null ? null : Doi.parse(doi),
        pmid,
        null,
        "eng",
        List.of(
            new PaperRecord.Author(
                "Öksüm Solak", "Eda", null, null, "Dermatology, Example University"),
            new PaperRecord.Author("Borlu", "Murat", null, "0000-0002-1825-0097", null),
            new PaperRecord.Author(null, null, "Hair Research Group", null, null)),
        List.of("alopecia areata", "tofacitinib"),
        List.of(
            new PaperRecord.Category("Alopecia Areata", true),
            new PaperRecord.Category("Child", false)),
        List.of(
            new PaperRecord.AbstractSection("BACKGROUND", "Why the study was done."),
            new PaperRecord.AbstractSection("RESULTS", "What it found.")),
        false,
        List.of());
  }
}
