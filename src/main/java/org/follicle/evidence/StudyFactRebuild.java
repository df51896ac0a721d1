package org.follicle.evidence;

import java.util.List;
import java.util.function.LongConsumer;
import org.follicle.catalog.Catalog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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
  private final TransactionTemplate transactions;

  StudyFactRebuild(
      Catalog catalog, StudyFactWriter writer, PlatformTransactionManager transactions) {
    this.catalog = catalog;
    this.writer = writer;
    this.transactions = new TransactionTemplate(transactions);
  }

  /** Extracts every paper again, telling {@code progress} the count done after each page. */
  public long run(LongConsumer progress) {
    long done = 0;
    long after = 0;
    for (List<Long> ids = catalog.idsAfter(after, PAGE);
        !ids.isEmpty();
        ids = catalog.idsAfter(after, PAGE)) {
      // A page at a time in a transaction: what changed is published to the index on commit.
      List<Long> page = ids;
      done += transactions.execute(status -> writer.extract(page));
      progress.accept(done);
      after = ids.get(ids.size() - 1);
    }
    return done;
  }
}
