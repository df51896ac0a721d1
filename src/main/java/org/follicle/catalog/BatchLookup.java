package org.follicle.catalog;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * What the catalogue already holds for one batch of records, fetched with a few IN queries rather
 * than several queries per record; entities created during the batch are remembered too, so that
 * two records of one paper, author or journal in a batch meet.
 */
final class BatchLookup {

  private final Map<String, Paper> byDoi = new HashMap<>();
  private final Map<String, Paper> byPmid = new HashMap<>();
  private final Map<String, Paper> byPmcid = new HashMap<>();
  private final Map<Paper, PaperRecord> indexed = new IdentityHashMap<>();
  private final Map<String, List<Paper>> byTitle = new HashMap<>();
  private final Set<String> tombstoned = new HashSet<>();
  private final Map<String, Author> authors = new HashMap<>();
  private final Map<String, Journal> journalsByIssn = new HashMap<>();
  private final Map<String, Journal> journalsByName = new HashMap<>();

  static BatchLookup of(
      List<PaperRecord> records,
      PaperRepository papers,
      AuthorRepository authorRepository,
      JournalRepository journalRepository,
      PaperTombstoneRepository tombstones) {
    BatchLookup lookup = new BatchLookup();
    List<String> dois =
        distinct(records.stream().map(PaperRecord::doi).filter(Objects::nonNull).map(Doi::value));
    List<String> pmids = distinct(records.stream().map(PaperRecord::pmid));
    List<String> pmcids = distinct(records.stream().map(PaperRecord::pmcid));
    if (!dois.isEmpty()) papers.findByDoiIn(dois).forEach(lookup::remember);
    if (!pmids.isEmpty()) papers.findByPmidIn(pmids).forEach(lookup::remember);
    if (!pmcids.isEmpty()) papers.findByPmcidIn(pmcids).forEach(lookup::remember);
    if (!pmids.isEmpty())
      tombstones.findAllById(pmids).forEach(t -> lookup.tombstoned.add(t.pmid()));
    List<String> authorKeys =
        distinct(records.stream().flatMap(r -> r.authors().stream()).map(Author::keyOf));
    if (!authorKeys.isEmpty())
      authorRepository.findByNameKeyIn(authorKeys).forEach(a -> lookup.authors.put(a.nameKey(), a));
    List<PaperRecord.Journal> journals =
        records.stream().map(PaperRecord::journal).filter(Objects::nonNull).toList();
    List<String> issns =
        distinct(journals.stream().flatMap(j -> Stream.of(j.issnPrint(), j.issnElectronic())));
    List<String> names = distinct(journals.stream().map(j -> Journal.keyOf(j.name())));
    if (!issns.isEmpty()) journalRepository.findByAnyIssn(issns).forEach(lookup::rememberJournal);
    if (!names.isEmpty()) journalRepository.findByNameKeyIn(names).forEach(lookup::rememberJournal);
    return lookup;
  }

  boolean tombstoned(String pmid) {
    return pmid != null && tombstoned.contains(pmid);
  }

  /** The paper that has the record's DOI, else its PMID, else its PMCID. */
  Optional<Paper> paper(PaperRecord record) {
    return Stream.of(
            record.doi() == null ? null : byDoi.get(record.doi().value()),
            record.pmid() == null ? null : byPmid.get(record.pmid()),
            record.pmcid() == null ? null : byPmcid.get(record.pmcid()))
        .filter(Objects::nonNull)
        .findFirst();
  }

  /** Papers of this batch without identifiers, by title key: found before the database is asked. */
  List<Paper> byTitleKey(String titleKey) {
    return byTitle.getOrDefault(titleKey, List.of());
  }

  /**
   * Indexes a paper by its identifiers now, forgetting any it had when last remembered, and its
   * journal and authors, which a merge may carry over to the new version.
   */
  void remember(Paper paper) {
    if (paper.journal() != null) {
      rememberJournal(paper.journal());
    }
    paper.authors().forEach(a -> authors.putIfAbsent(a.nameKey(), a));
    byTitle.computeIfAbsent(paper.titleKey(), k -> new java.util.ArrayList<>());
    if (!byTitle.get(paper.titleKey()).contains(paper)) {
      byTitle.get(paper.titleKey()).add(paper);
    }
    PaperRecord before = indexed.put(paper, paper.identifiers());
    if (before != null) {
      forget(byDoi, before.doi() == null ? null : before.doi().value(), paper);
      forget(byPmid, before.pmid(), paper);
      forget(byPmcid, before.pmcid(), paper);
    }
    PaperRecord now = indexed.get(paper);
    if (now.doi() != null) byDoi.put(now.doi().value(), paper);
    if (now.pmid() != null) byPmid.put(now.pmid(), paper);
    if (now.pmcid() != null) byPmcid.put(now.pmcid(), paper);
  }

  private static void forget(Map<String, Paper> index, String key, Paper paper) {
    if (key != null) {
      index.remove(key, paper);
    }
  }

  Author author(PaperRecord.Author record, Function<PaperRecord.Author, Author> create) {
    return authors.computeIfAbsent(Author.keyOf(record), key -> create.apply(record));
  }

  Journal journal(PaperRecord.Journal record, Function<PaperRecord.Journal, Journal> create) {
    Journal journal =
        Stream.of(record.issnPrint(), record.issnElectronic())
            .filter(Objects::nonNull)
            .map(journalsByIssn::get)
            .filter(Objects::nonNull)
            .findFirst()
            .orElseGet(() -> journalsByName.get(Journal.keyOf(record.name())));
    if (journal == null) {
      journal = create.apply(record);
    }
    journal.apply(record);
    rememberJournal(journal);
    return journal;
  }

  private void rememberJournal(Journal journal) {
    PaperRecord.Journal record = journal.toRecord();
    journalsByName.putIfAbsent(Journal.keyOf(record.name()), journal);
    if (record.issnPrint() != null) journalsByIssn.putIfAbsent(record.issnPrint(), journal);
    if (record.issnElectronic() != null)
      journalsByIssn.putIfAbsent(record.issnElectronic(), journal);
  }

  private static List<String> distinct(Stream<String> values) {
    return values.filter(Objects::nonNull).distinct().toList();
  }
}
