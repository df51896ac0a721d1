package org.follicle.library;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Readers' saved papers, in the library_saved_paper table. */
@Service
class SavedPapers {

  private static final String COLUMNS = "id, account_id, paper_id, saved_at";

  private final JdbcClient jdbc;

  SavedPapers(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Whether a save added the paper to the list or found it there already. */
  record Saved(SavedPaper paper, boolean added) {}

  /**
   * Puts the paper on the account's list, or leaves it where it is when it is there already; the
   * paper must exist.
   */
  Saved save(long accountId, long paperId) {
    Optional<SavedPaper> existing = find(accountId, paperId);
    if (existing.isPresent()) {
      return new Saved(existing.get(), false);
    }
    try {
      jdbc.sql("insert into library_saved_paper (account_id, paper_id, saved_at) values (?, ?, ?)")
          .params(
              accountId,
              paperId,
              OffsetDateTime.ofInstant(
                  Instant.now().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC))
          .update();
      return new Saved(find(accountId, paperId).orElseThrow(), true);
    } catch (DuplicateKeyException e) {
      // The same reader saved it at the same moment from elsewhere: it is saved, once.
      return new Saved(find(accountId, paperId).orElseThrow(), false);
    }
  }

  /** Takes the paper off the account's list; whether it was on it. */
  boolean unsave(long accountId, long paperId) {
    return jdbc.sql("delete from library_saved_paper where account_id = ? and paper_id = ?")
            .params(accountId, paperId)
            .update()
        > 0;
  }

  Optional<SavedPaper> find(long accountId, long paperId) {
    return jdbc.sql(
            "select " + COLUMNS + " from library_saved_paper where account_id = ? and paper_id = ?")
        .params(accountId, paperId)
        .query(SavedPapers::row)
        .optional();
  }

  /** Up to {@code limit} of the account's saved papers before this id, newest saved first. */
  List<SavedPaper> page(long accountId, long before, int limit) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from library_saved_paper where account_id = ? and id < ?"
                + " order by id desc fetch first ? rows only")
        .params(accountId, before, limit)
        .query(SavedPapers::row)
        .list();
  }

  /** Every paper the account saved, newest first. */
  List<SavedPaper> all(long accountId) {
    return page(accountId, Long.MAX_VALUE, Integer.MAX_VALUE);
  }

  /** Forgets the account's whole list. */
  void forget(long accountId) {
    jdbc.sql("delete from library_saved_paper where account_id = ?").param(accountId).update();
  }

  private static SavedPaper row(ResultSet rs, int row) throws SQLException {
    return new SavedPaper(
        rs.getLong("id"),
        rs.getLong("account_id"),
        rs.getLong("paper_id"),
        rs.getObject("saved_at", OffsetDateTime.class).toInstant());
  }
}
