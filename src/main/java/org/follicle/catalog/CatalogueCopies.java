package org.follicle.catalog;

import java.util.List;
import java.util.function.LongConsumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Grows a benchmark's catalogue to a given size by copying its papers' rows under fresh ids, in
 * SQL, a chunk per transaction: a million papers in minutes, where the importer takes hours.
 */
@Component
public class CatalogueCopies {

  /** Papers copied per transaction: large enough to be fast, small enough to keep undo small. */
  private static final int CHUNK = 20_000;

  /** How many ids the ORM takes from {@code paper_seq} at once (its increment). */
  private static final long ID_BLOCK = 50;

  /** How far above the catalogue's ids the copies start: more than any process holds unused. */
  private static final long ID_GAP = 1_000_000;

  /**
   * The columns a copy takes over unchanged. Identifiers (DOI, PMID, PMCID) are unique in the
   * catalogue, so a copy has none; what search reads (text, names, terms, dates) is all there.
   */
  private static final String PAPER_COLUMNS =
      "version, title, title_key, article_type, pub_year, pub_month, pub_day, journal_id, volume,"
          + " issue, pages, language, abstract_by_follicle, created_at, updated_at";

  /** The tables of what hangs off a paper that search indexes, with their columns but the id. */
  private static final List<String[]> CHILDREN =
      List.of(
          new String[] {"paper_publication_type", "seq, name"},
          new String[] {"paper_author", "seq, author_id, affiliation"},
          new String[] {"paper_keyword", "seq, name, slug, major"},
          new String[] {"paper_category", "seq, name, slug, major"},
          new String[] {"paper_abstract_section", "seq, label, body"});

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactions;

  CatalogueCopies(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.transactions = new TransactionTemplate(transactions);
  }

  /**
   * Copies the catalogue's papers, the earliest first and copies of copies after them, until it
   * holds {@code papers}; tells {@code progress} the running size. Returns the size reached.
   */
  public long growTo(long papers, LongConsumer progress) {
    long size = count();
    if (size == 0) {
      throw new IllegalStateException("the catalogue is empty: there is nothing to copy");
    }
    if (size >= papers) {
      return size;
    }
    long copiedUpTo = 0;
    // Running processes may hold blocks of ids taken from the sequence but not yet used: the copies
    // start far above them, so that a paper stored later in this process takes no copy's id.
    long above = jdbc.queryForObject("select max(id) from paper", Long.class) + ID_GAP;
    while (size < papers) {
      long take = Math.min(CHUNK, papers - size);
      long from = copiedUpTo;
      long floor = above;
      long[] range = transactions.execute(status -> copy(from, take, floor));
      size += range[2];
      copiedUpTo = range[1];
      progress.accept(size);
    }
    // Later imports into this catalogue take ids above the copies'. The sequence gives the top of
    // each block of ids the ORM hands out, so the restart leaves a block's room above the copies.
    long next = jdbc.queryForObject("select max(id) from paper", Long.class) + 2 * ID_BLOCK;
    jdbc.execute("alter sequence paper_seq restart with " + next);
    return size;
  }

  /**
   * Copies up to {@code take} papers with ids above {@code after} to ids above the catalogue's and
   * {@code floor}; returns the first and last id copied and how many.
   */
  private long[] copy(long after, long take, long floor) {
    long first = jdbc.queryForObject("select min(id) from paper where id > ?", Long.class, after);
    long last =
        jdbc.queryForObject(
            "select max(id) from (select id from paper where id > ? order by id"
                + " fetch first ? rows only) chunk",
            Long.class,
            after,
            take);
    long top = Math.max(floor, jdbc.queryForObject("select max(id) from paper", Long.class));
    long shift = top + 1 - first;
    int copied =
        jdbc.update(
            ("insert into paper (id, doi, pmid, pmcid, %1$s) select id + ?, null, null, null, %1$s"
                    + " from paper where id between ? and ?")
                .formatted(PAPER_COLUMNS),
            shift,
            first,
            last);
    for (String[] child : CHILDREN) {
      jdbc.update(
          ("insert into %1$s (paper_id, %2$s) select paper_id + ?, %2$s from %1$s"
                  + " where paper_id between ? and ?")
              .formatted(child[0], child[1]),
          shift,
          first,
          last);
    }
    return new long[] {first, last, copied};
  }

  private long count() {
    return jdbc.queryForObject("select count(*) from paper", Long.class);
  }
}
