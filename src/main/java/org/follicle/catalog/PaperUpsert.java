package org.follicle.catalog;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Stores a record: finds the paper it describes (DOI, then PMID, then PMCID, then title and year
 * for records without identifiers), merges, and writes only when something changed.
 */
@Component
class PaperUpsert {

  private final PaperRepository papers;
  private final JournalRepository journals;
  private final AuthorRepository authors;
  private final PaperTombstoneRepository tombstones;
  private final Clock clock;

  PaperUpsert(
      PaperRepository papers,
      JournalRepository journals,
      AuthorRepository authors,
      PaperTombstoneRepository tombstones,
      Clock clock) {
    this.papers = papers;
    this.journals = journals;
    this.authors = authors;
    this.tombstones = tombstones;
    this.clock = clock;
  }

  UpsertOutcome upsert(PaperRecord record) {
    if (record.pmid() != null && tombstones.existsById(record.pmid())) {
      return UpsertOutcome.SUPPRESSED;
    }
    Optional<Paper> existing = find(record);
    PaperRecord stored = existing.map(Paper::toRecord).orElse(null);
    PaperRecord merged = stored == null ? record : RecordMerge.merge(stored, record);
    Journal journal = merged.journal() == null ? null : resolveJournal(merged.journal());
    List<Author> resolvedAuthors = resolveAuthors(merged.authors());
    PaperRecord effective = withResolved(merged, journal, resolvedAuthors);
    if (effective.equals(stored)) {
      return UpsertOutcome.UNCHANGED;
    }
    Paper paper = existing.orElseGet(() -> new Paper(clock.instant()));
    paper.write(effective, journal, resolvedAuthors, clock.instant());
    papers.save(paper);
    return stored == null ? UpsertOutcome.IMPORTED : UpsertOutcome.UPDATED;
  }

  /** Removes the paper with this PMID, if any, and keeps the PMID out from now on. */
  boolean delete(String pmid) {
    if (!tombstones.existsById(pmid)) {
      tombstones.save(new PaperTombstone(pmid, clock.instant()));
    }
    Optional<Paper> paper = papers.findByPmid(pmid);
    paper.ifPresent(papers::delete);
    return paper.isPresent();
  }

  private Optional<Paper> find(PaperRecord record) {
    if (record.doi() != null || record.pmid() != null || record.pmcid() != null) {
      return Stream.of(
              Optional.ofNullable(record.doi()).flatMap(d -> papers.findByDoi(d.value())),
              Optional.ofNullable(record.pmid()).flatMap(papers::findByPmid),
              Optional.ofNullable(record.pmcid()).flatMap(papers::findByPmcid))
          .flatMap(Optional::stream)
          .findFirst();
    }
    return papers.findByTitleKey(Paper.titleKeyOf(record.title())).stream()
        .filter(p -> sameWork(p.toRecord(), record))
        .findFirst();
  }

  /**
   * Whether two records without identifiers describe one work. Strict on purpose: a missed match
   * leaves a duplicate a moderator can merge, a wrong one would overwrite another paper.
   */
  private static boolean sameWork(PaperRecord stored, PaperRecord record) {
    return Objects.equals(stored.date().year(), record.date().year())
        && Objects.equals(firstAuthorKey(stored), firstAuthorKey(record))
        && Objects.equals(journalKey(stored), journalKey(record))
        && Objects.equals(stored.articleType(), record.articleType())
        && stored.publicationTypes().equals(record.publicationTypes());
  }

  private static String firstAuthorKey(PaperRecord record) {
    return record.authors().isEmpty() ? null : Author.keyOf(record.authors().get(0));
  }

  private static String journalKey(PaperRecord record) {
    return record.journal() == null ? null : Journal.keyOf(record.journal().name());
  }

  private Journal resolveJournal(PaperRecord.Journal record) {
    List<String> issns =
        Stream.of(record.issnPrint(), record.issnElectronic()).filter(Objects::nonNull).toList();
    Journal journal =
        (issns.isEmpty() ? Stream.<Journal>empty() : journals.findByAnyIssn(issns).stream())
            .findFirst()
            .or(() -> journals.findByNameKey(Journal.keyOf(record.name())))
            .orElseGet(() -> journals.save(new Journal(record)));
    journal.apply(record);
    return journal;
  }

  private List<Author> resolveAuthors(List<PaperRecord.Author> records) {
    Map<String, Author> seen = new HashMap<>();
    List<Author> resolved = new ArrayList<>();
    for (PaperRecord.Author record : records) {
      String key = Author.keyOf(record);
      resolved.add(
          seen.computeIfAbsent(
              key,
              k -> authors.findByNameKey(k).orElseGet(() -> authors.save(new Author(record)))));
    }
    return resolved;
  }

  /** The record as it reads back once linked to the stored journal and authors. */
  private static PaperRecord withResolved(
      PaperRecord record, Journal journal, List<Author> authors) {
    List<PaperRecord.Author> credits = new ArrayList<>();
    for (int i = 0; i < authors.size(); i++) {
      credits.add(authors.get(i).toRecord(record.authors().get(i).affiliation()));
    }
    return new PaperRecord(
        record.title(),
        record.articleType(),
        record.publicationTypes(),
        record.date(),
        journal == null ? null : journal.toRecord(),
        record.volume(),
        record.issue(),
        record.pages(),
        record.doi(),
        record.pmid(),
        record.pmcid(),
        record.language(),
        credits,
        record.keywords(),
        record.categories(),
        record.abstractSections(),
        record.abstractWrittenByFollicle(),
        record.notices(),
        record.references());
  }
}
