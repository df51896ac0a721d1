package org.follicle.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The review and review_aggregate tables. Writes run inside the caller's transaction. */
@Component
class ReviewStore {

  private static final String COLUMNS =
      "id, paper_id, account_id, author_username, author_name, rating, novelty, significance,"
          + " rigor, text, conflict_of_interest, conflict_statement, created_at, updated_at";

  private static final String ADD_TO_TOTALS =
      "update review_aggregate set "
          + RatingTotals.COLUMNS.stream()
              .map(column -> column + " = " + column + " + ?")
              .collect(Collectors.joining(", "))
          + " where paper_id = ?";

  private final JdbcClient jdbc;

  ReviewStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Locks the paper's totals row, creating it first if the paper has none, so that writes to one
   * paper's ratings follow one another. Two first writes creating the row at once make one of them
   * fail with a duplicate key; its caller runs it again.
   */
  void lockTotals(long paperId) {
    boolean exists =
        !jdbc.sql("select paper_id from review_aggregate where paper_id = ? for update")
            .param(paperId)
            .query(Long.class)
            .list()
            .isEmpty();
    if (!exists) {
      jdbc.sql("insert into review_aggregate (paper_id) values (?)").param(paperId).update();
    }
  }

  /** Adds the difference to the paper's totals in one statement. */
  void addToTotals(long paperId, long[] difference) {
    var statement = jdbc.sql(ADD_TO_TOTALS);
    for (long value : difference) {
      statement = statement.param(value);
    }
    statement.param(paperId).update();
  }

  /** The paper's totals, or none counted when nobody rated it. */
  long[] totals(long paperId) {
    return jdbc.sql(
            "select "
                + String.join(", ", RatingTotals.COLUMNS)
                + " from review_aggregate where paper_id = ?")
        .param(paperId)
        .query(
            (rs, row) -> {
              long[] totals = RatingTotals.none();
              for (int i = 0; i < totals.length; i++) {
                totals[i] = rs.getLong(i + 1);
              }
              return totals;
            })
        .optional()
        .orElseGet(RatingTotals::none);
  }

  Optional<StoredReview> byAuthor(long paperId, long accountId) {
    return jdbc.sql("select " + COLUMNS + " from review where paper_id = ? and account_id = ?")
        .param(paperId)
        .param(accountId)
        .query(ReviewStore::row)
        .optional();
  }

  Optional<StoredReview> byId(long paperId, long reviewId) {
    return jdbc.sql("select " + COLUMNS + " from review where paper_id = ? and id = ?")
        .param(paperId)
        .param(reviewId)
        .query(ReviewStore::row)
        .optional();
  }

  /** Written reviews of the paper with an id below {@code beforeId}, newest first. */
  List<StoredReview> writtenBefore(long paperId, long beforeId, int limit) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from review where paper_id = ? and text is not null and id < ?"
                + " order by id desc limit ?")
        .param(paperId)
        .param(beforeId)
        .param(limit)
        .query(ReviewStore::row)
        .list();
  }

  /** Everything the account rated or reviewed, in the order of the papers' ids. */
  List<StoredReview> byAccount(long accountId) {
    return jdbc.sql("select " + COLUMNS + " from review where account_id = ? order by paper_id")
        .param(accountId)
        .query(ReviewStore::row)
        .list();
  }

  long insert(long paperId, Author author, ReviewDraft draft, Instant now) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into review (paper_id, account_id, author_username, author_name, rating,"
                + " novelty, significance, rigor, text, conflict_of_interest, conflict_statement,"
                + " created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .param(paperId)
        .param(author.accountId())
        .param(author.username())
        .param(author.name())
        .param(draft.ratings().rating())
        .param(draft.ratings().novelty())
        .param(draft.ratings().significance())
        .param(draft.ratings().rigor())
        .param(draft.text())
        .param(draft.conflictOfInterest())
        .param(draft.conflictStatement())
        .param(timestamp(now))
        .param(timestamp(now))
        .update(keys, "id");
    return keys.getKeyAs(Number.class).longValue();
  }

  void update(long reviewId, ReviewDraft draft, Instant now) {
    jdbc.sql(
            "update review set rating = ?, novelty = ?, significance = ?, rigor = ?, text = ?,"
                + " conflict_of_interest = ?, conflict_statement = ?, updated_at = ? where id = ?")
        .param(draft.ratings().rating())
        .param(draft.ratings().novelty())
        .param(draft.ratings().significance())
        .param(draft.ratings().rigor())
        .param(draft.text())
        .param(draft.conflictOfInterest())
        .param(draft.conflictStatement())
        .param(timestamp(now))
        .param(reviewId)
        .update();
  }

  /** The author's current display name on all their reviews. */
  void rename(Author author) {
    jdbc.sql("update review set author_name = ? where account_id = ? and author_name <> ?")
        .param(author.name())
        .param(author.accountId())
        .param(author.name())
        .update();
  }

  void delete(long reviewId) {
    jdbc.sql("delete from review where id = ?").param(reviewId).update();
  }

  private static OffsetDateTime timestamp(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static StoredReview row(ResultSet rs, int row) throws SQLException {
    return new StoredReview(
        rs.getLong("id"),
        rs.getLong("paper_id"),
        rs.getLong("account_id"),
        rs.getString("author_username"),
        rs.getString("author_name"),
        new Ratings(
            rs.getInt("rating"),
            rs.getObject("novelty", Integer.class),
            rs.getObject("significance", Integer.class),
            rs.getObject("rigor", Integer.class)),
        rs.getString("text"),
        rs.getBoolean("conflict_of_interest"),
        rs.getString("conflict_statement"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        rs.getObject("updated_at", OffsetDateTime.class).toInstant());
  }
}
