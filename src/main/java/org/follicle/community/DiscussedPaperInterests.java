package org.follicle.community;

import java.time.OffsetDateTime;
import java.util.List;
import org.follicle.recommend.ReaderInterest;
import org.follicle.recommend.ReaderInterests;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The papers a reader discussed, as seeds of their recommendations: those their posts link or open
 * the discussion of, and those of the posts they commented on; the latest time counts.
 */
@Component
class DiscussedPaperInterests implements ReaderInterests {

  /** Talking about a study shows interest, though not always liking: less than saving it. */
  static final double WEIGHT = 0.6;

  private static final String DISCUSSED =
      "select paper_id, max(discussed_at) as discussed_at from ("
          + " select pp.paper_id as paper_id, p.created_at as discussed_at from community_post p"
          + "   join community_post_paper pp on pp.post_id = p.id where p.author_id = ?"
          + " union all"
          + " select p.discussion_paper_id, p.created_at from community_post p"
          + "   where p.author_id = ? and p.discussion_paper_id is not null"
          + " union all"
          + " select pp.paper_id, c.created_at from community_comment c"
          + "   join community_post_paper pp on pp.post_id = c.post_id where c.author_id = ?"
          + " union all"
          + " select p.discussion_paper_id, c.created_at from community_comment c"
          + "   join community_post p on p.id = c.post_id"
          + "   where c.author_id = ? and p.discussion_paper_id is not null"
          + ") discussed group by paper_id";

  private final JdbcClient jdbc;

  DiscussedPaperInterests(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<ReaderInterest> of(long accountId) {
    return jdbc.sql(DISCUSSED)
        .params(accountId, accountId, accountId, accountId)
        .query(
            (rs, row) ->
                new ReaderInterest(
                    rs.getLong("paper_id"),
                    WEIGHT,
                    "you discussed it",
                    rs.getObject("discussed_at", OffsetDateTime.class).toInstant()))
        .list();
  }
}
