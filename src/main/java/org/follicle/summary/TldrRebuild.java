package org.follicle.summary;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.PaperText;
import org.springframework.stereotype.Service;

/**
 * Regenerates every paper's TLDR from the catalogue, a page of ids at a time, each paper in its own
 * transaction; people's edits are kept.
 */
@Service
public class TldrRebuild {

  private static final int PAGE = 500;

  private final Catalog catalog;
  private final Tldrs tldrs;

  TldrRebuild(Catalog catalog, Tldrs tldrs) {
    this.catalog = catalog;
    this.tldrs = tldrs;
  }

  /** Regenerates all TLDRs, telling {@code progress} the count of papers done after each one. */
  public Map<TldrOutcome, Long> run(LongConsumer progress) {
    Map<TldrOutcome, Long> tally = new EnumMap<>(TldrOutcome.class);
    for (TldrOutcome outcome : TldrOutcome.values()) {
      tally.put(outcome, 0L);
    }
    long done = 0;
    long after = 0;
    for (List<Long> ids = catalog.idsAfter(after, PAGE);
        !ids.isEmpty();
        ids = catalog.idsAfter(after, PAGE)) {
      for (PaperText paper : catalog.texts(ids)) {
        tally.merge(tldrs.regenerate(paper), 1L, Long::sum);
        progress.accept(++done);
      }
      after = ids.get(ids.size() - 1);
    }
    return tally;
  }
}
