package org.follicle.authorship;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The claims table, read and written with plain SQL. */
@Repository
class ClaimRepository {

  private static final String COLUMNS =
      "id, paper_id, account_id, username, author_position, author_name, status, verified_by,"
          + " decision_note, decided_by, created_at, decided_at";

  private final JdbcClient jdbc;

  ClaimRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Stores a new claim and returns it with its id. */
  Claim insert(Claim claim) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into authorship_claim (paper_id, account_id, username, username_key,"
                + " author_position,"
                + " author_name, status, verified_by, decision_note, decided_by, created_at,"
                + " decided_at, verified_position, open_account_id)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            claim.paperId(),
            claim.accountId(),
            claim.username(),
            usernameKey(claim.username()),
            claim.authorPosition(),
            claim.authorName(),
            claim.status().name(),
            claim.verifiedBy() == null ? null : claim.verifiedBy().name(),
            claim.decisionNote(),
            claim.decidedBy(),
            time(claim.createdAt()),
            time(claim.decidedAt()),
            claim.verified() ? claim.authorPosition() : null,
            claim.open() ? claim.accountId() : null)
        .update(keys, "id");
    return byId(keys.getKey().longValue()).orElseThrow();
  }

  Optional<Claim> byId(long id) {
    return jdbc.sql("select " + COLUMNS + " from authorship_claim where id = ?")
        .param(id)
        .query(ClaimRepository::row)
        .optional();
  }

  /** The claim, its row locked until the transaction ends, so two decisions cannot cross. */
  Optional<Claim> lock(long id) {
    return jdbc.sql("select " + COLUMNS + " from authorship_claim where id = ? for update")
        .param(id)
        .query(ClaimRepository::row)
        .optional();
  }

  /** A paper's claims, by byline position then oldest first. */
  List<Claim> ofPaper(long paperId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from authorship_claim where paper_id = ?"
                + " order by author_position, id")
        .param(paperId)
        .query(ClaimRepository::row)
        .list();
  }

  /** An account's claims, newest first. */
  List<Claim> ofAccount(long accountId) {
    return jdbc.sql(
            "select " + COLUMNS + " from authorship_claim where account_id = ? order by id desc")
        .param(accountId)
        .query(ClaimRepository::row)
        .list();
  }

  /** The verified claims of the account with this name (any case), newest first. */
  List<Claim> verifiedOfUsername(String username) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from authorship_claim where username_key = ?"
                + " and status = 'VERIFIED' order by id desc")
        .param(usernameKey(username))
        .query(ClaimRepository::row)
        .list();
  }

  /** Up to {@code limit} claims waiting for a moderator after the given id, oldest first. */
  List<Claim> pendingAfter(long afterId, int limit) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from authorship_claim where status = 'PENDING' and id > ?"
                + " order by id fetch first "
                + limit
                + " rows only")
        .param(afterId)
        .query(ClaimRepository::row)
        .list();
  }

  /** The ids of the accounts with a verified claim on the paper, lowest first. */
  List<Long> verifiedAccountsOf(long paperId) {
    return jdbc.sql(
            "select distinct account_id from authorship_claim where paper_id = ?"
                + " and status = 'VERIFIED' order by account_id")
        .param(paperId)
        .query(Long.class)
        .list();
  }

  boolean isVerified(long accountId, long paperId) {
    return jdbc.sql(
                "select count(*) from authorship_claim where account_id = ? and paper_id = ?"
                    + " and status = 'VERIFIED'")
            .params(accountId, paperId)
            .query(Long.class)
            .single()
        > 0;
  }

  boolean hasVerified(long accountId) {
    return jdbc.sql(
                "select count(*) from authorship_claim where account_id = ? and status = 'VERIFIED'")
            .param(accountId)
            .query(Long.class)
            .single()
        > 0;
  }

  /** Records a moderator's decision (its unique keys refuse a second verified claimant). */
  void decide(
      Claim claim, ClaimStatus status, Verification by, String note, String decidedBy, Instant at) {
    jdbc.sql(
            "update authorship_claim set status = ?, verified_by = ?, decision_note = ?,"
                + " decided_by = ?, decided_at = ?, verified_position = ?, open_account_id = ?"
                + " where id = ?")
        .params(
            status.name(),
            by == null ? null : by.name(),
            note,
            decidedBy,
            time(at),
            status == ClaimStatus.VERIFIED ? claim.authorPosition() : null,
            status == ClaimStatus.REJECTED ? null : claim.accountId(),
            claim.id())
        .update();
  }

  void delete(long id) {
    jdbc.sql("delete from authorship_claim where id = ?").param(id).update();
  }

  /** Deletes the account's claims, returning how many there were. */
  int deleteOfAccount(long accountId) {
    return jdbc.sql("delete from authorship_claim where account_id = ?").param(accountId).update();
  }

  /** The accounts that had claims on these papers, then deletes those claims. */
  List<Long> deleteOfPapers(List<Long> paperIds) {
    if (paperIds.isEmpty()) {
      return List.of();
    }
    List<Long> accounts =
        jdbc.sql("select distinct account_id from authorship_claim where paper_id in (:ids)")
            .param("ids", paperIds)
            .query(Long.class)
            .list();
    jdbc.sql("delete from authorship_claim where paper_id in (:ids)")
        .param("ids", paperIds)
        .update();
    return accounts;
  }

  private static String usernameKey(String username) {
    return username.strip().toLowerCase(Locale.ROOT);
  }

  private static OffsetDateTime time(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  private static Claim row(ResultSet rs, int rowNum) throws SQLException {
    String verifiedBy = rs.getString("verified_by");
    return new Claim(
        rs.getLong("id"),
        rs.getLong("paper_id"),
        rs.getLong("account_id"),
        rs.getString("username"),
        rs.getInt("author_position"),
        rs.getString("author_name"),
        ClaimStatus.valueOf(rs.getString("status")),
        verifiedBy == null ? null : Verification.valueOf(verifiedBy),
        rs.getString("decision_note"),
        rs.getString("decided_by"),
        instant(rs.getTimestamp("created_at")),
        instant(rs.getTimestamp("decided_at")));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
