package org.follicle.authorship;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The account_orcid table: which ORCID iD each account linked. */
@Repository
class OrcidLinks {

  private final JdbcClient jdbc;

  OrcidLinks(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<OrcidLink> ofAccount(long accountId) {
    return jdbc.sql("select orcid, linked_at from account_orcid where account_id = ?")
        .param(accountId)
        .query(
            (rs, row) ->
                OrcidLink.of(
                    new OrcidId(rs.getString("orcid")), rs.getTimestamp("linked_at").toInstant()))
        .optional();
  }

  /** The account the iD is linked to, if any. */
  Optional<Long> accountOf(OrcidId id) {
    return jdbc.sql("select account_id from account_orcid where orcid = ?")
        .param(id.value())
        .query(Long.class)
        .optional();
  }

  /**
   * Links the iD to the account in place of any it had; the unique key refuses an iD another
   * account holds (DuplicateKeyException).
   */
  void link(long accountId, OrcidId id, Instant at) {
    unlink(accountId);
    jdbc.sql("insert into account_orcid (account_id, orcid, linked_at) values (?, ?, ?)")
        .params(accountId, id.value(), at.atOffset(ZoneOffset.UTC))
        .update();
  }

  /** Removes the account's link; true when there was one. */
  boolean unlink(long accountId) {
    return jdbc.sql("delete from account_orcid where account_id = ?").param(accountId).update() > 0;
  }
}
