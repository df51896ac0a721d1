package org.follicle.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A paper as the JSON API returns it. */
record PaperResource(
    long id,
    String title,
    String articleType,
    List<String> publicationTypes,
    String published,
    JournalResource journal,
    String volume,
    String issue,
    String pages,
    String doi,
    String pmid,
    String pmcid,
    String language,
    List<AuthorResource> authors,
    List<PaperDetails.Topic> keywords,
    List<PaperDetails.Topic> categories,
    List<PaperRecord.AbstractSection> abstractSections,
    boolean abstractWrittenByFollicle,
    List<NoticeResource> notices,
    Integer citedByCount,
    Integer referencesResolved,
    Integer referencesTotal,
    Instant updatedAt,
    Links links) {

  /** The paper with its citation counts, or without them (null) where no module counts them. */
  static PaperResource of(PaperDetails details, PaperCitationCounts.Counts counts) {
    PaperRecord r = details.record();
    return new PaperResource(
        details.id(),
        r.title(),
        r.articleType(),
        r.publicationTypes(),
        r.date().isEmpty() ? null : r.date().iso(),
        r.journal() == null ? null : JournalResource.of(details.journalId(), r.journal()),
        r.volume(),
        r.issue(),
        r.pages(),
        r.doi() == null ? null : r.doi().value(),
        r.pmid(),
        r.pmcid(),
        r.language(),
        AuthorResource.of(details),
        details.keywords(),
        details.categories(),
        r.abstractSections(),
        r.abstractWrittenByFollicle(),
        r.notices().stream().map(NoticeResource::of).toList(),
        counts == null ? null : counts.citedBy(),
        counts == null ? null : counts.referencesResolved(),
        counts == null ? null : counts.referencesTotal(),
        details.updatedAt(),
        new Links("/papers/" + details.id(), r.doi() == null ? null : r.doi().url()));
  }

  /** The journal a paper appeared in. */
  record JournalResource(
      Long id, String name, String issnPrint, String issnElectronic, String publisher) {
    static JournalResource of(Long id, PaperRecord.Journal journal) {
      return new JournalResource(
          id, journal.name(), journal.issnPrint(), journal.issnElectronic(), journal.publisher());
    }
  }

  /** One author in byline order. */
  record AuthorResource(
      long id,
      String name,
      String family,
      String given,
      String collectiveName,
      String orcid,
      String affiliation) {
    static List<AuthorResource> of(PaperDetails details) {
      List<AuthorResource> authors = new ArrayList<>();
      for (int i = 0; i < details.authorIds().size(); i++) {
        PaperRecord.Author a = details.record().authors().get(i);
        authors.add(
            new AuthorResource(
                details.authorIds().get(i),
                a.displayName(),
                a.family(),
                a.given(),
                a.collectiveName(),
                a.orcid(),
                a.affiliation()));
      }
      return authors;
    }
  }

  /** A retraction or correction notice. */
  record NoticeResource(String kind, String description, String doi, String pmid) {
    static NoticeResource of(PaperRecord.Notice notice) {
      return new NoticeResource(
          notice.kind().name(),
          notice.description(),
          notice.doi() == null ? null : notice.doi().value(),
          notice.pmid());
    }
  }

  /** Where the paper can be read: its page here and its DOI. */
  record Links(String html, String doi) {}
}
