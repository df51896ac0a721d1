package org.follicle.citation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.LongConsumer;
import org.follicle.catalog.BulkPaperLoad;
import org.follicle.catalog.PaperRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Every link and count derived again from the whole catalogue, set-based: the catalogue read a page
 * at a time and written unresolved in batches, identifiers resolved by a few statements per range
 * of citing papers, titles matched in Java only for what is left, and the counts computed from the
 * links at the end. Runs inside the graph's lock, each step in its own transaction. The reference
 * table's lookup indexes are dropped while it is written and built again at the end: pages and
 * incremental resolution read slowly meanwhile, as they would read incomplete links anyway.
 */
@Component
class CitationRebuild {

  /** Papers read, written and resolved per step. */
  static final int PAGE = 2000;

  /** Papers per announcement of changed counts. */
  private static final int ANNOUNCED = 1000;

  private final BulkPaperLoad catalogue;
  private final CitationStore store;
  private final CitationBulkStore bulk;
  private final ApplicationEventPublisher events;

  CitationRebuild(
      BulkPaperLoad catalogue,
      CitationStore store,
      CitationBulkStore bulk,
      ApplicationEventPublisher events) {
    this.catalogue = catalogue;
    this.store = store;
    this.bulk = bulk;
    this.events = events;
  }

  /**
   * Rebuilds through {@code step}, which runs each part in its own transaction; progress hears how
   * many papers are loaded. Returns how many papers were read.
   */
  long run(java.util.function.Consumer<Runnable> step, LongConsumer progress) {
    SortedSet<Long> changed = new TreeSet<>();
    step.accept(
        () -> {
          store.clear();
          changed.addAll(store.takeChangedCounts());
        });
    step.accept(bulk::dropReferenceIndexes);
    long done;
    try {
      done = writeAndResolve(step, progress);
    } finally {
      // Also after a failure: imports between now and the next rebuild need the lookups.
      step.accept(bulk::createReferenceIndexes);
    }
    step.accept(
        () -> {
          bulk.countAll();
          changed.addAll(bulk.citedPapers());
          announce(List.copyOf(changed));
        });
    return done;
  }

  private long writeAndResolve(java.util.function.Consumer<Runnable> step, LongConsumer progress) {
    List<long[]> ranges = new ArrayList<>();
    long done = 0;
    long after = 0;
    List<BulkPaperLoad.PaperOutline> page;
    while (!(page = catalogue.outlinesAfter(after, PAGE)).isEmpty()) {
      List<BulkPaperLoad.PaperOutline> papers = page;
      step.accept(() -> write(papers));
      after = papers.get(papers.size() - 1).paperId();
      ranges.add(new long[] {papers.get(0).paperId(), after});
      done += papers.size();
      progress.accept(done);
    }
    for (long[] range : ranges) {
      step.accept(() -> resolve(range[0], range[1]));
    }
    return done;
  }

  /** Writes a page of papers' keys and their reference lists, all unresolved. */
  private void write(List<BulkPaperLoad.PaperOutline> papers) {
    List<PaperKeys> keys = papers.stream().map(PaperKeys::of).toList();
    bulk.insertPapers(keys, papers.stream().map(p -> p.references().size()).toList());
    List<ReferenceRow> rows = new ArrayList<>();
    for (BulkPaperLoad.PaperOutline paper : papers) {
      List<PaperRecord.Reference> references = paper.references();
      for (int seq = 0; seq < references.size(); seq++) {
        rows.add(
            new ReferenceRow(
                paper.paperId(), seq, ReferenceKeys.of(references.get(seq)), null, null, null));
      }
    }
    bulk.insertReferences(rows);
  }

  /**
   * Resolves the references of the citing papers {@code from} to {@code to}: by identifier in SQL,
   * then what is left by title, year and first author against the candidates read for all of them.
   */
  private void resolve(long from, long to) {
    bulk.linkByIdentifiers(from, to);
    List<ReferenceRow> open = bulk.unresolvedWithTitle(from, to);
    if (open.isEmpty()) {
      return;
    }
    TitleCandidates candidates =
        new TitleCandidates(store.titleCandidates(open.stream().map(ReferenceRow::keys).toList()));
    bulk.setLinks(
        open.stream()
            .map(r -> CitationGraph.surest(r, candidates.of(r.keys())))
            .flatMap(Optional::stream)
            .toList());
  }

  private void announce(List<Long> changed) {
    for (int from = 0; from < changed.size(); from += ANNOUNCED) {
      events.publishEvent(
          new CitationCountsChanged(
              changed.subList(from, Math.min(changed.size(), from + ANNOUNCED))));
    }
  }
}
