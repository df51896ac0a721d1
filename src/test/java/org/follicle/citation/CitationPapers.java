package org.follicle.citation;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.DerivedWork;
import org.follicle.catalog.Doi;
import org.follicle.catalog.PaperRecord;
import org.follicle.catalog.PartialDate;

/**
 * Papers of one test, each with identifiers no other test uses, stored through the catalogue so
 * that the citation module hears of them as it would of an import.
 */
final class CitationPapers {

  private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 1_000_000_000L);

  private final Catalog catalog;
  private final DerivedWork derivedWork;

  CitationPapers(Catalog catalog, DerivedWork derivedWork) {
    this.catalog = catalog;
    this.derivedWork = derivedWork;
  }

  /** A number no other paper of this run has. */
  static long unique() {
    return NEXT.incrementAndGet();
  }

  /** A DOI no other paper of this run has. */
  static String doi() {
    return "10.9999/cite." + unique();
  }

  /** A paper's record, ready for references and notices. */
  static PaperRecord.Builder paper(String title, String doi, String surname, int year) {
    return PaperRecord.builder()
        .title(title)
        .doi(Doi.parse(doi))
        .date(PartialDate.ofYear(year))
        .author(new PaperRecord.Author(surname, "Ana", null, null, null));
  }

  /** A reference by DOI only, as a Crossref list gives it. */
  static PaperRecord.Reference byDoi(String doi) {
    return new PaperRecord.Reference(
        "Reference to " + doi, Doi.parse(doi), null, null, null, null, null, null);
  }

  /** A reference without identifiers, as a printed list gives it. */
  static PaperRecord.Reference byTitle(String title, String author, Integer year) {
    return new PaperRecord.Reference(
        author + " (" + year + "). " + title + ".", null, null, null, title, author, year, null);
  }

  /** Stores the records and waits until the citation links are up to date; returns the ids. */
  long store(PaperRecord record) throws InterruptedException {
    catalog.upsert(record);
    derivedWork.await(Duration.ofMinutes(5));
    return catalog.idByDoi(record.doi()).orElseThrow();
  }

  void await() throws InterruptedException {
    derivedWork.await(Duration.ofMinutes(5));
  }
}
