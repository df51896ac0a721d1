package org.follicle.citation;

import org.follicle.catalog.BulkPaperLoad;
import org.follicle.catalog.PaperRecord;

/** What a reference can name a catalogue paper by, as the citation tables keep it. */
record PaperKeys(
    long paperId,
    String doi,
    String pmid,
    String pmcid,
    String titleWords,
    String titlePrefix,
    String authorKey,
    Integer year,
    boolean retracted) {

  static PaperKeys of(long paperId, PaperRecord record) {
    String words = BibliographicKeys.titleWords(record.title());
    PaperRecord.Author first = record.authors().isEmpty() ? null : record.authors().get(0);
    return new PaperKeys(
        paperId,
        record.doi() == null ? null : record.doi().value(),
        record.pmid(),
        record.pmcid(),
        words,
        BibliographicKeys.titlePrefix(words),
        first == null
            ? null
            : BibliographicKeys.surname(
                first.family() != null ? first.family() : first.collectiveName()),
        record.date().year(),
        record.notices().stream().anyMatch(n -> n.kind() == PaperRecord.NoticeKind.RETRACTION));
  }

  /** The keys of a paper as a whole-catalogue read outlines it, the same as from its record. */
  static PaperKeys of(BulkPaperLoad.PaperOutline paper) {
    String words = BibliographicKeys.titleWords(paper.title());
    return new PaperKeys(
        paper.paperId(),
        paper.doi(),
        paper.pmid(),
        paper.pmcid(),
        words,
        BibliographicKeys.titlePrefix(words),
        BibliographicKeys.surname(paper.firstAuthor()),
        paper.year(),
        paper.retracted());
  }
}
