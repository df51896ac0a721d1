package org.follicle.catalog;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
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
  private final EntityManager entities;
  private final ApplicationEventPublisher events;

  PaperUpsert(
      PaperRepository papers,
      JournalRepository journals,
      AuthorRepository authors,
      PaperTombstoneRepository tombstones,
      Clock clock,
      EntityManager entities,
      ApplicationEventPublisher events) {
    this.papers = papers;
    this.journals = journals;
    this.authors = authors;
    this.tombstones = tombstones;
    this.clock = clock;
    this.entities = entities;
    this.events = events;
  }

  UpsertOutcome upsert(PaperRecord record) {
    return upsertAll(List.of(record)).get(0);
  }

  /** Stores a batch, looking up what the catalogue holds for all of it at once. */
  List<UpsertOutcome> upsertAll(List<PaperRecord> records) {
    // Every query would flush the whole batch first; the batch knows what it has written.
    entities.setFlushMode(FlushModeType.COMMIT);
    BatchLookup known = BatchLookup.of(records, papers, authors, journals, tombstones);
    List<UpsertOutcome> outcomes = new ArrayList<>(records.size());
    Set<Long> written = new LinkedHashSet<>();
    for (PaperRecord record : records) {
      outcomes.add(upsert(record, known, written));
    }
    if (!written.isEmpty()) {
      events.publishEvent(new PapersStored(List.copyOf(written)));
    }
    return outcomes;
  }

  private UpsertOutcome upsert(PaperRecord record, BatchLookup known, Set<Long> written) {
    if (known.tombstoned(record.pmid())) {
      return UpsertOutcome.SUPPRESSED;
    }
    Optional<Paper> existing = find(record, known);
    PaperRecord stored = existing.map(Paper::toRecord).orElse(null);
    PaperRecord merged = stored == null ? record : RecordMerge.merge(stored, record);
    Journal journal =
        merged.journal() == null ? null : known.journal(merged.journal(), this::newJournal);
    List<Author> resolvedAuthors =
        merged.authors().stream().map(a -> known.author(a, this::newAuthor)).toList();
    PaperRecord effective = withResolved(merged, journal, resolvedAuthors);
    if (effective.equals(stored)) {
      return UpsertOutcome.UNCHANGED;
    }
    Paper paper = existing.orElseGet(() -> new Paper(clock.instant()));
    paper.write(effective, journal, resolvedAuthors, clock.instant());
    Paper saved = papers.save(paper);
    known.remember(saved);
    written.add(saved.getId());
    return stored == null ? UpsertOutcome.IMPORTED : UpsertOutcome.UPDATED;
  }

  /** Removes the paper with this PMID, if any, and keeps the PMID out from now on. */
  boolean delete(String pmid) {
    if (!tombstones.existsById(pmid)) {
      tombstones.save(new PaperTombstone(pmid, clock.instant()));
    }
    Optional<Paper> paper = papers.findByPmid(pmid);
    paper.ifPresent(
        p -> {
          papers.delete(p);
          events.publishEvent(new PapersDeleted(List.of(p.getId())));
        });
    return paper.isPresent();
  }

  private Optional<Paper> find(PaperRecord record, BatchLookup known) {
    if (record.doi() != null || record.pmid() != null || record.pmcid() != null) {
      return known.paper(record);
    }
    String titleKey = Paper.titleKeyOf(record.title());
    Optional<Paper> found =
        Stream.concat(known.byTitleKey(titleKey).stream(), papers.findByTitleKey(titleKey).stream())
            .filter(p -> sameWork(p.toRecord(), record))
            .findFirst();
    found.ifPresent(known::remember);
    return found;
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

  /** The batch fetched every journal and author its records and papers name: a miss is new. */
  private Journal newJournal(PaperRecord.Journal record) {
    return journals.save(new Journal(record));
  }

  private Author newAuthor(PaperRecord.Author record) {
    return authors.save(new Author(record));
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
