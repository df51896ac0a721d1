package org.follicle.summary;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.follicle.catalog.Catalog;
import org.springframework.stereotype.Service;

/**
 * Regenerates every paper's TLDR and plain-language summary from the catalogue, a page of ids at a
 * time on all cores, each paper's each text in its own transaction; people's edits are kept.
 */
@Service
public class TldrRebuild {

  private static final int PAGE = 500;

  private final Catalog catalog;
  private final Tldrs tldrs;
  private final PlainSummaries plainSummaries;

  TldrRebuild(Catalog catalog, Tldrs tldrs, PlainSummaries plainSummaries) {
    this.catalog = catalog;
    this.tldrs = tldrs;
    this.plainSummaries = plainSummaries;
  }

  /** What regenerating did to the TLDRs and to the plain-language summaries, as counts. */
  public record Tally(Map<TldrOutcome, Long> tldrs, Map<TldrOutcome, Long> plainSummaries) {}

  private record Regenerated(TldrOutcome tldr, TldrOutcome plainSummary) {}

  /**
   * Regenerates all summaries, telling {@code progress} the count of papers done after each page.
   */
  public Tally run(LongConsumer progress) {
    Tally tally = new Tally(zeros(), zeros());
    long done = 0;
    long after = 0;
    for (List<Long> ids = catalog.idsAfter(after, PAGE);
        !ids.isEmpty();
        ids = catalog.idsAfter(after, PAGE)) {
      // Generating is CPU work on one paper at a time, so a page's papers share the cores; each
      // paper's texts are still stored in transactions of their own.
      List<Regenerated> page =
          catalog.texts(ids).parallelStream()
              .map(
                  paper ->
                      new Regenerated(tldrs.regenerate(paper), plainSummaries.regenerate(paper)))
              .toList();
      for (Regenerated paper : page) {
        tally.tldrs().merge(paper.tldr(), 1L, Long::sum);
        tally.plainSummaries().merge(paper.plainSummary(), 1L, Long::sum);
      }
      done += page.size();
      progress.accept(done);
      after = ids.get(ids.size() - 1);
    }
    return tally;
  }

  private static Map<TldrOutcome, Long> zeros() {
    Map<TldrOutcome, Long> counts = new EnumMap<>(TldrOutcome.class);
    for (TldrOutcome outcome : TldrOutcome.values()) {
      counts.put(outcome, 0L);
    }
    return counts;
  }
}
