package org.follicle.community;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.follicle.account.AccountDeleted;
import org.follicle.catalog.Catalog;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Readers following a study's discussion, and what they are told: a new post linking the study, and
 * a comment on its discussion post, never their own and never twice for one post.
 */
@Service
class StudyFollows {

  private final JdbcClient jdbc;
  private final Catalog catalog;
  private final Clock clock;

  StudyFollows(JdbcClient jdbc, Catalog catalog, Clock clock) {
    this.jdbc = jdbc;
    this.catalog = catalog;
    this.clock = clock;
  }

  /** Follows the study; following it again changes nothing. */
  @Transactional
  void follow(long accountId, long paperId) {
    if (catalog.summaries(List.of(paperId)).isEmpty()) {
      throw CommunityProblem.notFound("There is no paper " + paperId);
    }
    if (!follows(accountId, paperId)) {
      jdbc.sql(
              "insert into community_study_follow (paper_id, account_id, followed_at)"
                  + " values (?, ?, ?)")
          .params(paperId, accountId, Timestamp.from(clock.instant()))
          .update();
    }
  }

  @Transactional
  void unfollow(long accountId, long paperId) {
    jdbc.sql("delete from community_study_follow where paper_id = ? and account_id = ?")
        .params(paperId, accountId)
        .update();
  }

  @Transactional(readOnly = true)
  boolean follows(long accountId, long paperId) {
    return jdbc.sql(
                "select count(*) from community_study_follow where paper_id = ? and account_id = ?")
            .params(paperId, accountId)
            .query(Long.class)
            .single()
        > 0;
  }

  @Transactional(readOnly = true)
  long followers(long paperId) {
    return jdbc.sql("select count(*) from community_study_follow where paper_id = ?")
        .param(paperId)
        .query(Long.class)
        .single();
  }

  /** The studies the account follows, with when, for its export. */
  @Transactional(readOnly = true)
  List<Map<String, Object>> followedBy(long accountId) {
    return jdbc.sql(
            "select paper_id, followed_at from community_study_follow where account_id = ?"
                + " order by paper_id")
        .param(accountId)
        .query(
            (rs, row) ->
                Map.<String, Object>of(
                    "paperId", rs.getLong(1), "followedAt", rs.getTimestamp(2).toInstant()))
        .list();
  }

  /** A deleted account follows nothing; in the deletion's own transaction. */
  @EventListener
  void on(AccountDeleted deleted) {
    jdbc.sql("delete from community_study_follow where account_id = ?")
        .param(deleted.accountId())
        .update();
  }

  /** The accounts following the study. */
  @Transactional(readOnly = true)
  List<Long> followersOf(long paperId) {
    return jdbc.sql(
            "select account_id from community_study_follow where paper_id = ? order by account_id")
        .param(paperId)
        .query(Long.class)
        .list();
  }
}
