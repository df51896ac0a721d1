package org.follicle.citation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.locks.ReentrantLock;
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

  /**
   * One change at a time: two batches resolved side by side could each miss the other's papers
   * (neither committed yet) and leave a link out for good. The transaction commits inside the lock.
   */
  private final ReentrantLock lock = new ReentrantLock();

  CitationGraph(
      Catalog catalog,
      CitationStore store,
      PlatformTransactionManager transactions,
      ApplicationEventPublisher events) {
    this.catalog = catalog;
    this.store = store;
    this.events = events;
    this.transactions = new TransactionTemplate(transactions);
    this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** Brings the links of these papers up to date as the catalogue holds them now. */
  void stored(List<Long> paperIds) {
    Map<Long, PaperRecord> records = catalog.records(paperIds);
    locked(
        () -> {
          List<PaperKeys> keys =
              records.entrySet().stream()
                  .sorted(Map.Entry.comparingByKey())
                  .map(e -> PaperKeys.of(e.getKey(), e.getValue()))
                  .toList();
          keys.forEach(store::savePaper);
          keys.forEach(k -> resolveReferences(k.paperId(), records.get(k.paperId()).references()));
          keys.forEach(this::linkWaitingReferences);
        });
  }

  /** Takes down the links from and to papers that left the catalogue, fixing the counts. */
  void deleted(List<Long> paperIds) {
    locked(
        () ->
            paperIds.forEach(
                id -> {
                  store.removeReferences(id);
                  store.unlinkCitationsOf(id);
                  store.deletePaper(id);
                }));
  }

  /**
   * Resolves every paper's references again, a page of papers at a time: for a catalogue filled
   * before this module existed, or after its tables were lost. One pass suffices, since each paper
   * stored also links the references that were waiting for it. Returns how many papers it read.
   */
  long rebuild(int pageSize, LongConsumer progress) {
    locked(store::clear);
    long after = 0;
    long done = 0;
    List<Long> page;
    while (!(page = catalog.idsAfter(after, pageSize)).isEmpty()) {
      stored(page);
      done += page.size();
      after = page.get(page.size() - 1);
      progress.accept(done);
    }
    return done;
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

  private void resolveReferences(long citingPaperId, List<PaperRecord.Reference> references) {
    List<ReferenceKeys> keys = references.stream().map(ReferenceKeys::of).toList();
    Map<String, Long> byDoi = store.papersBy("doi", values(keys, ReferenceKeys::doi));
    Map<String, Long> byPmid = store.papersBy("pmid", values(keys, ReferenceKeys::pmid));
    Map<String, Long> byPmcid = store.papersBy("pmcid", values(keys, ReferenceKeys::pmcid));
    List<ReferenceRow> rows = new ArrayList<>();
    for (int seq = 0; seq < keys.size(); seq++) {
      ReferenceKeys k = keys.get(seq);
      ReferenceRow row = new ReferenceRow(citingPaperId, seq, k, null, null, null);
      rows.add(
          identified(row, ResolutionMethod.DOI, byDoi.get(k.doi()))
              .or(() -> identified(row, ResolutionMethod.PMID, byPmid.get(k.pmid())))
              .or(() -> identified(row, ResolutionMethod.PMCID, byPmcid.get(k.pmcid())))
              .or(() -> byTitleYearAuthor(row))
              .orElse(row));
    }
    store.removeReferences(citingPaperId);
    store.addReferences(citingPaperId, rows);
  }

  private static List<String> values(
      List<ReferenceKeys> keys, java.util.function.Function<ReferenceKeys, String> value) {
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
    if (row.keys().titleWords() == null) {
      return Optional.empty();
    }
    record Candidate(long paperId, double confidence) {}
    return store.titleCandidates(row.keys()).stream()
        .filter(p -> p.paperId() != row.citingPaperId())
        .flatMap(
            p -> {
              OptionalDouble c = TitleYearAuthorMatch.confidence(row.keys(), p);
              return c.isPresent()
                  ? java.util.stream.Stream.of(new Candidate(p.paperId(), c.getAsDouble()))
                  : java.util.stream.Stream.empty();
            })
        .max(Comparator.comparingDouble(Candidate::confidence))
        .map(c -> row.linkedTo(c.paperId(), ResolutionMethod.TITLE_YEAR_AUTHOR, c.confidence()));
  }

  /** Links the unresolved references of other papers that name this one. */
  private void linkWaitingReferences(PaperKeys paper) {
    for (ReferenceRow row : store.waitingByIdentifier(paper)) {
      if (row.citingPaperId() != paper.paperId()) {
        store.link(row.linkedTo(paper.paperId(), identifierMethod(row.keys(), paper), 1.0));
      }
    }
    for (ReferenceRow row : store.waitingByTitle(paper)) {
      if (row.citingPaperId() != paper.paperId()) {
        TitleYearAuthorMatch.confidence(row.keys(), paper)
            .ifPresent(
                c ->
                    store.link(
                        row.linkedTo(paper.paperId(), ResolutionMethod.TITLE_YEAR_AUTHOR, c)));
      }
    }
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
