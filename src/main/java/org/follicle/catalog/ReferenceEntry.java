package org.follicle.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A stored entry of a paper's reference list. */
@Embeddable
record ReferenceEntry(
    @Column(name = "citation_text", length = 4000) String text,
    @Column(name = "doi", length = 500) String doi,
    @Column(name = "pmid", length = 20) String pmid,
    @Column(name = "pmcid", length = 20) String pmcid,
    @Column(name = "title", length = 2000) String title,
    @Column(name = "first_author", length = 500) String firstAuthor,
    @Column(name = "ref_year") Integer year,
    @Column(name = "journal", length = 1000) String journal) {

  static ReferenceEntry of(PaperRecord.Reference r) {
    return new ReferenceEntry(
        r.text(),
        r.doi() == null ? null : r.doi().value(),
        r.pmid(),
        r.pmcid(),
        r.title(),
        r.firstAuthor(),
        r.year(),
        r.journal());
  }

  PaperRecord.Reference toReference() {
    return new PaperRecord.Reference(
        text, doi == null ? null : new Doi(doi), pmid, pmcid, title, firstAuthor, year, journal);
  }
}
