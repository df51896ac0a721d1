package org.follicle.citation;

import org.follicle.catalog.PaperRecord;

/** What one entry of a reference list names its paper by, normalised as the index keeps it. */
record ReferenceKeys(
    String doi,
    String pmid,
    String pmcid,
    String titleWords,
    String titlePrefix,
    String authorKey,
    Integer year) {

  static ReferenceKeys of(PaperRecord.Reference reference) {
    String words = BibliographicKeys.titleWords(reference.title());
    return new ReferenceKeys(
        reference.doi() == null ? null : reference.doi().value(),
        reference.pmid(),
        reference.pmcid(),
        words.isEmpty() ? null : words,
        words.isEmpty() ? null : BibliographicKeys.titlePrefix(words),
        BibliographicKeys.surname(reference.firstAuthor()),
        reference.year());
  }

  boolean hasIdentifier() {
    return doi != null || pmid != null || pmcid != null;
  }

  /** The same reference with its DOI, PMID and PMCID hidden: what evaluates title matching. */
  ReferenceKeys withoutIdentifiers() {
    return new ReferenceKeys(null, null, null, titleWords, titlePrefix, authorKey, year);
  }
}
