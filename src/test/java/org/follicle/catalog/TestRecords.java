package org.follicle.catalog;

/** Catalogue records for tests, with only the fields a test names. */
public final class TestRecords {

  private TestRecords() {}

  /** A journal article with a title, a DOI and nothing else. */
  public static PaperRecord withDoi(String title, String doi) {
    return record(title, doi == null ? null : Doi.parse(doi), null, null);
  }

  /** A record with the given identifiers and date; null leaves a field out. */
  public static PaperRecord record(String title, Doi doi, String pmid, PartialDate date) {
    return PaperRecord.builder().title(title).doi(doi).pmid(pmid).date(date).build();
  }

  /** A fully described article: journal, authors, keywords, categories, abstract, references. */
  public static PaperRecord full(String title, String doi, String pmid, PartialDate date) {
    return PaperRecord.builder()
        .title(title)
        .articleType("Randomized Controlled Trial")
        .publicationType("Journal Article")
        .publicationType("Randomized Controlled Trial")
        .date(date)
        .journal(
            new PaperRecord.Journal(
                "Journal of Hair Science", "1234-5678", null, "Follicle Test Press"))
        .volume("12")
        .issue("3")
        .pages("101-109")
        .doi(doi == null ? null : Doi.parse(doi))
        .pmid(pmid)
        .language("eng")
        .author(
            new PaperRecord.Author(
                "Öksüm Solak", "Eda", null, null, "Dermatology, Example University"))
        .author(new PaperRecord.Author("Borlu", "Murat", null, "0000-0002-1825-0097", null))
        .author(new PaperRecord.Author(null, null, "Hair Research Group", null, null))
        .keyword("alopecia areata")
        .keyword("tofacitinib")
        .category(new PaperRecord.Category("Alopecia Areata", true))
        .category(new PaperRecord.Category("Child", false))
        .abstractSection(new PaperRecord.AbstractSection("BACKGROUND", "Why the study was done."))
        .abstractSection(new PaperRecord.AbstractSection("RESULTS", "What it found."))
        .reference(
            new PaperRecord.Reference(
                "King B, et al. Baricitinib for alopecia areata. N Engl J Med. 2022.",
                Doi.parse("10.1056/nejmoa2110343"),
                "35334197",
                null,
                "Two Phase 3 Trials of Baricitinib for Alopecia Areata",
                "King",
                2022,
                "N Engl J Med"))
        .build();
  }
}
