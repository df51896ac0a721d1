package org.follicle.citation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.PaperRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the links between papers and their counts in step with the catalogue, in both directions: a
 * stored paper's references are resolved to the papers present, and the references that were
 * waiting for it are linked to it.
 */
@Service
class CitationGraph {

  private final Catalog catalog;
  private final CitationStore store;
  private final TransactionTemplate transactions;
  private final ApplicationEventPublisher events;
  private final CitationRebuild rebuild;

  /**
   * One change at a time: two batches resolved side by side could each miss the other's papers
   * (neither committed yet) and leave a link out for good. The transaction commits inside the lock.
   */
  private final ReentrantLock lock = new ReentrantLock();

  CitationGraph(
      Catalog catalog,
      CitationStore store,
      PlatformTransactionManager transactions,
      ApplicationEventPublisher events,
      CitationRebuild rebuild) {
    this.catalog = catalog;
    this.rebuild = rebuild;
    this.store = store;
    this.events = events;
    this.transactions = new TransactionTemplate(transactions);
    this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * Brings the links of these papers up to date as the catalogue holds them now. Set-based: a
   * batch's keys, lookups, reference rows and count changes each take a few statements, however
   * many references the batch holds.
   */
  void stored(List<Long> paperIds) {
    Map<Long, PaperRecord> records = catalog.records(paperIds);
    locked(
        () -> {
          List<PaperKeys> keys =
              records.entrySet().stream()
                  .sorted(Map.Entry.comparingByKey())
                  .map(e -> PaperKeys.of(e.getKey(), e.getValue()))
                  .toList();
          // Links are taken down while the stored years are still those they were counted in.
          store.removeReferences(keys.stream().map(PaperKeys::paperId).toList());
          store.savePapers(keys);
          store.addReferences(resolve(referenceRows(keys, records)));
          linkWaitingReferences(keys);
        });
  }

  /** Takes down the links from and to papers that left the catalogue, fixing the counts. */
  void deleted(List<Long> paperIds) {
    locked(
        () -> {
          store.removeReferences(paperIds);
          paperIds.forEach(
              id -> {
                store.unlinkCitationsOf(id);
                store.deletePaper(id);
              });
        });
  }

  /**
   * Derives every link and count again from the whole catalogue, set-based (see {@link
   * CitationRebuild}): for a catalogue filled before this module existed, or after its tables were
   * lost. Papers stored meanwhile wait for the lock. Returns how many papers it read.
   */
  long rebuild(LongConsumer progress) {
    lock.lock();
    try {
      return rebuild.run(step -> transactions.executeWithoutResult(status -> step.run()), progress);
    } finally {
      store.takeChangedCounts();
      lock.unlock();
    }
  }

  /**
   * Runs a change in its own transaction and announces, in that same transaction, the papers whose
   * cited-by counts it changed; a change that rolls back announces nothing.
   */
  private void locked(Runnable change) {
    lock.lock();
    try {
      transactions.executeWithoutResult(
          status -> {
            change.run();
            List<Long> changed = store.takeChangedCounts();
            if (!changed.isEmpty()) {
              events.publishEvent(new CitationCountsChanged(changed));
            }
          });
    } finally {
      store.takeChangedCounts();
      lock.unlock();
    }
  }

  /** The reference lists of these papers as unresolved rows, in list order. */
  private static List<ReferenceRow> referenceRows(
      List<PaperKeys> papers, Map<Long, PaperRecord> records) {
    List<ReferenceRow> rows = new ArrayList<>();
    for (PaperKeys paper : papers) {
      List<PaperRecord.Reference> references = records.get(paper.paperId()).references();
      for (int seq = 0; seq < references.size(); seq++) {
        rows.add(
            new ReferenceRow(
                paper.paperId(), seq, ReferenceKeys.of(references.get(seq)), null, null, null));
      }
    }
    return rows;
  }

  /**
   * The rows linked to the papers they name: by DOI, else PMID, else PMCID, else by title, year and
   * first author. One lookup per identifier kind, and one for titles, for all the rows.
   */
  private List<ReferenceRow> resolve(List<ReferenceRow> rows) {
    List<ReferenceKeys> keys = rows.stream().map(ReferenceRow::keys).toList();
    Map<String, Long> byDoi = store.papersBy("doi", values(keys, ReferenceKeys::doi));
    Map<String, Long> byPmid = store.papersBy("pmid", values(keys, ReferenceKeys::pmid));
    Map<String, Long> byPmcid = store.papersBy("pmcid", values(keys, ReferenceKeys::pmcid));
    List<ReferenceRow> resolved = new ArrayList<>(rows.size());
    for (ReferenceRow row : rows) {
      ReferenceKeys k = row.keys();
      resolved.add(
          identified(row, ResolutionMethod.DOI, byDoi.get(k.doi()))
              .or(() -> identified(row, ResolutionMethod.PMID, byPmid.get(k.pmid())))
              .or(() -> identified(row, ResolutionMethod.PMCID, byPmcid.get(k.pmcid())))
              .orElse(row));
    }
    return byTitleYearAuthor(resolved);
  }

  private static List<String> values(
      List<ReferenceKeys> keys, Function<ReferenceKeys, String> value) {
    return keys.stream().map(value).filter(Objects::nonNull).distinct().toList();
  }

  /** The row linked to the paper an identifier found, unless that is the citing paper itself. */
  private static Optional<ReferenceRow> identified(
      ReferenceRow row, ResolutionMethod method, Long paperId) {
    return paperId == null || paperId == row.citingPaperId()
        ? Optional.empty()
        : Optional.of(row.linkedTo(paperId, method, 1.0));
  }

  /** The row linked to the surest paper its title, year and first author match, if any. */
  Optional<ReferenceRow> byTitleYearAuthor(ReferenceRow row) {
    return Optional.of(byTitleYearAuthor(List.of(row)).get(0)).filter(ReferenceRow::resolved);
  }

  /**
   * These rows with those still unresolved that carry a title linked by title, year and first
   * author where a paper matches surely enough; the candidates of all rows are read at once.
   */
  private List<ReferenceRow> byTitleYearAuthor(List<ReferenceRow> rows) {
    List<ReferenceKeys> open =
        rows.stream()
            .filter(r -> !r.resolved() && r.keys().titleWords() != null)
            .map(ReferenceRow::keys)
            .toList();
    if (open.isEmpty()) {
      return rows;
    }
    TitleCandidates candidates = new TitleCandidates(store.titleCandidates(open));
    return rows.stream()
        .map(
            r ->
                r.resolved() || r.keys().titleWords() == null
                    ? r
                    : surest(r, candidates.of(r.keys())).orElse(r))
        .toList();
  }

  /**
   * The row linked to the candidate it names with the highest confidence; the lowest id on ties.
   */
  static Optional<ReferenceRow> surest(ReferenceRow row, List<PaperKeys> candidates) {
    ReferenceRow best = null;
    for (PaperKeys p : candidates) {
      if (p.paperId() == row.citingPaperId()) {
        continue;
      }
      OptionalDouble c = TitleYearAuthorMatch.confidence(row.keys(), p);
      if (c.isPresent() && (best == null || c.getAsDouble() > best.confidence())) {
        best = row.linkedTo(p.paperId(), ResolutionMethod.TITLE_YEAR_AUTHOR, c.getAsDouble());
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Links the unresolved references of other papers that name one of these: each to the first of
   * them, in id order, that it names by an identifier or, surely enough, by its title.
   */
  private void linkWaitingReferences(List<PaperKeys> papers) {
    List<ReferenceRow> waiting = store.waitingFor(papers);
    if (waiting.isEmpty()) {
      return;
    }
    Map<String, List<PaperKeys>> byIdentifier = new HashMap<>();
    for (PaperKeys p : papers) {
      for (String id : new String[] {"doi:" + p.doi(), "pmid:" + p.pmid(), "pmcid:" + p.pmcid()}) {
        if (!id.endsWith(":null")) {
          byIdentifier.computeIfAbsent(id, k -> new ArrayList<>()).add(p);
        }
      }
    }
    TitleCandidates byTitle = new TitleCandidates(papers);
    List<ReferenceRow> links = new ArrayList<>();
    for (ReferenceRow row : waiting) {
      ReferenceKeys k = row.keys();
      Map<Long, PaperKeys> named = new TreeMap<>();
      for (String id : new String[] {"doi:" + k.doi(), "pmid:" + k.pmid(), "pmcid:" + k.pmcid()}) {
        byIdentifier.getOrDefault(id, List.of()).forEach(p -> named.put(p.paperId(), p));
      }
      byTitle.of(k).forEach(p -> named.put(p.paperId(), p));
      named.values().stream()
          .filter(p -> p.paperId() != row.citingPaperId())
          .map(p -> linkTo(row, p))
          .flatMap(Optional::stream)
          .findFirst()
          .ifPresent(links::add);
    }
    store.link(links);
  }

  /** The row linked to this paper if it names it by an identifier, else surely by its title. */
  private static Optional<ReferenceRow> linkTo(ReferenceRow row, PaperKeys paper) {
    ReferenceKeys k = row.keys();
    if (same(k.doi(), paper.doi())
        || same(k.pmid(), paper.pmid())
        || same(k.pmcid(), paper.pmcid())) {
      return Optional.of(row.linkedTo(paper.paperId(), identifierMethod(k, paper), 1.0));
    }
    OptionalDouble c = TitleYearAuthorMatch.confidence(k, paper);
    return c.isPresent()
        ? Optional.of(
            row.linkedTo(paper.paperId(), ResolutionMethod.TITLE_YEAR_AUTHOR, c.getAsDouble()))
        : Optional.empty();
  }

  private static boolean same(String a, String b) {
    return a != null && a.equals(b);
  }

  private static ResolutionMethod identifierMethod(ReferenceKeys reference, PaperKeys paper) {
    if (paper.doi() != null && paper.doi().equals(reference.doi())) {
      return ResolutionMethod.DOI;
    }
    return paper.pmid() != null && paper.pmid().equals(reference.pmid())
        ? ResolutionMethod.PMID
        : ResolutionMethod.PMCID;
  }
}
