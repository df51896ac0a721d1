package org.follicle.community;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The one way the paper page's related posts, post search and study links read posts to list them:
 * by id, in the order given. Whatever a listing must leave out is left out here.
 */
@Repository
class PostListing {

  private final JdbcClient jdbc;

  PostListing(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The posts of these ids that exist and no moderator removed, in the order of the ids. */
  List<PostRow> posts(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, PostRow> found = new HashMap<>();
    jdbc.sql(
            "select "
                + PostRow.COLUMNS
                + PostRow.FROM
                + " where p.id in (:ids) and "
                + ModerationStore.POST_NOT_REMOVED)
        .param("ids", ids)
        .query(PostRow::of)
        .list()
        .forEach(post -> found.put(post.id(), post));
    return ids.stream().map(found::get).filter(Objects::nonNull).toList();
  }

  /** The ids of up to {@code limit} posts linking the study, highest score first. */
  List<Long> linking(long paperId, int limit) {
    return jdbc.sql(
            "select l.post_id from community_post_paper l join community_post p on p.id ="
                + " l.post_id where l.paper_id = ? and "
                + ModerationStore.POST_NOT_REMOVED
                + " order by p.score desc, p.id desc"
                + " fetch first ? rows only")
        .params(paperId, limit)
        .query(Long.class)
        .list();
  }
}
