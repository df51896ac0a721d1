package org.follicle.summary;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.PaperText;
import org.springframework.stereotype.Service;

/**
 * Regenerates every paper's TLDR and plain-language summary from the catalogue, a page of ids at a
 * time, each paper's each text in its own transaction; people's edits are kept.
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

  /** Regenerates all summaries, telling {@code progress} the count of papers done after each. */
  public Tally run(LongConsumer progress) {
    Tally tally = new Tally(zeros(), zeros());
    long done = 0;
    long after = 0;
    for (List<Long> ids = catalog.idsAfter(after, PAGE);
        !ids.isEmpty();
        ids = catalog.idsAfter(after, PAGE)) {
      for (PaperText paper : catalog.texts(ids)) {
        tally.tldrs().merge(tldrs.regenerate(paper), 1L, Long::sum);
        tally.plainSummaries().merge(plainSummaries.regenerate(paper), 1L, Long::sum);
        progress.accept(++done);
      }
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
