package org.follicle.evidence;

import java.util.List;
import java.util.function.LongConsumer;
import org.follicle.catalog.Catalog;
import org.springframework.stereotype.Service;

/**
 * Reads every paper's study facts, results and treatments again from the catalogue, a page of ids
 * at a time: after an upgrade of the extractor, or to fill treatment pages for papers stored before
 * they existed.
 */
@Service
public class StudyFactRebuild {

  private static final int PAGE = 200;

  private final Catalog catalog;
  private final StudyFactWriter writer;

  StudyFactRebuild(Catalog catalog, StudyFactWriter writer) {
    this.catalog = catalog;
    this.writer = writer;
  }

  /** Extracts every paper again, telling {@code progress} the count done after each page. */
  public long run(LongConsumer progress) {
    long done = 0;
    long after = 0;
    for (List<Long> ids = catalog.idsAfter(after, PAGE);
        !ids.isEmpty();
        ids = catalog.idsAfter(after, PAGE)) {
      done += writer.extract(ids);
      progress.accept(done);
      after = ids.get(ids.size() - 1);
    }
    return done;
  }
}
