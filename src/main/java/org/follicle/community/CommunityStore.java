package org.follicle.community;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The channels, posts, comments, edits and votes in the database. */
@Repository
class CommunityStore {

  private final JdbcClient jdbc;

  CommunityStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<ChannelRow> channels() {
    return jdbc.sql("select " + ChannelRow.COLUMNS + " from community_channel c order by c.id")
        .query(ChannelRow::of)
        .list();
  }

  Optional<ChannelRow> channel(String slug) {
    return jdbc.sql("select " + ChannelRow.COLUMNS + " from community_channel c where c.slug = ?")
        .param(slug)
        .query(ChannelRow::of)
        .optional();
  }

  void insertChannel(String slug, String name, String description, Instant at) {
    jdbc.sql(
            "insert into community_channel (slug, name, description, created_at)"
                + " values (?, ?, ?, ?)")
        .params(slug, name, description, Timestamp.from(at))
        .update();
  }

  long insertPost(long channelId, long authorId, String authorName, PostText text, Instant at) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into community_post (channel_id, author_id, author_name, title, body, gist,"
                + " score, hot, comment_count, created_at) values (?, ?, ?, ?, ?, ?, 0, ?, 0, ?)")
        .params(
            channelId,
            authorId,
            authorName,
            text.title(),
            text.body(),
            text.gist(),
            HotRank.of(0, at),
            Timestamp.from(at))
        .update(key, "id");
    return key.getKey().longValue();
  }

  /** Marks the post as the study's discussion; fails on the unique key when one exists already. */
  void markDiscussion(long postId, long paperId) {
    jdbc.sql("update community_post set discussion_paper_id = ? where id = ?")
        .params(paperId, postId)
        .update();
  }

  Optional<Long> discussionOf(long paperId) {
    return jdbc.sql("select id from community_post where discussion_paper_id = ?")
        .param(paperId)
        .query(Long.class)
        .optional();
  }

  void linkStudies(long postId, List<Long> paperIds) {
    jdbc.sql("delete from community_post_paper where post_id = ?").param(postId).update();
    for (long paperId : paperIds) {
      jdbc.sql("insert into community_post_paper (post_id, paper_id) values (?, ?)")
          .params(postId, paperId)
          .update();
    }
  }

  List<Long> studiesOf(long postId) {
    return jdbc.sql("select paper_id from community_post_paper where post_id = ? order by paper_id")
        .param(postId)
        .query(Long.class)
        .list();
  }

  /** Posts linking the study, best first. */
  List<PostRow> postsAbout(long paperId, int limit) {
    return jdbc.sql(
            "select "
                + PostRow.COLUMNS
                + PostRow.FROM
                + " where p.id in (select post_id from community_post_paper where paper_id = ?)"
                + (" and " + ModerationStore.POST_NOT_REMOVED)
                + " order by p.score desc, p.id desc fetch first ? rows only")
        .params(paperId, limit)
        .query(PostRow::of)
        .list();
  }

  Optional<PostRow> post(long id) {
    return jdbc.sql("select " + PostRow.COLUMNS + PostRow.FROM + " where p.id = ?")
        .param(id)
        .query(PostRow::of)
        .optional();
  }

  /** A page of the channel's posts in the sort's order, after the cursor (null: from the top). */
  List<PostRow> page(long channelId, PostCursor after, int limit) {
    String order =
        switch (after.sort()) {
          case HOT -> " order by p.hot desc, p.id desc";
          case TOP -> " order by p.score desc, p.id desc";
          case NEW -> " order by p.id desc";
        };
    String keyset =
        switch (after.sort()) {
          case HOT -> " and (p.hot < ? or (p.hot = ? and p.id < ?))";
          case TOP -> " and (p.score < ? or (p.score = ? and p.id < ?))";
          case NEW -> " and p.id < ?";
        };
    boolean first = after.id() == Long.MAX_VALUE;
    var query =
        jdbc.sql(
                "select "
                    + PostRow.COLUMNS
                    + PostRow.FROM
                    + " where p.channel_id = ?"
                    + (" and " + ModerationStore.POST_NOT_REMOVED)
                    + (first ? "" : keyset)
                    + order
                    + " fetch first ? rows only")
            .param(channelId);
    if (!first) {
      query =
          switch (after.sort()) {
            case HOT -> query.param(after.key()).param(after.key()).param(after.id());
            case TOP -> query.param((int) after.key()).param((int) after.key()).param(after.id());
            case NEW -> query.param(after.id());
          };
    }
    return query.param(limit).query(PostRow::of).list();
  }

  void updatePost(long id, PostText text, Instant at) {
    jdbc.sql("update community_post set title = ?, body = ?, gist = ?, edited_at = ? where id = ?")
        .params(text.title(), text.body(), text.gist(), Timestamp.from(at), id)
        .update();
  }

  void insertEdit(PostRow before, long editorId, String editorName, Instant at) {
    jdbc.sql(
            "insert into community_post_edit (post_id, editor_id, editor_name, old_title, old_body,"
                + " edited_at) values (?, ?, ?, ?, ?, ?)")
        .params(
            before.id(), editorId, editorName, before.title(), before.body(), Timestamp.from(at))
        .update();
  }

  int editCount(long postId) {
    return jdbc.sql("select count(*) from community_post_edit where post_id = ?")
        .param(postId)
        .query(Integer.class)
        .single();
  }

  void deletePost(long id) {
    jdbc.sql("delete from community_post where id = ?").param(id).update();
  }

  long insertComment(
      long postId, Long parentId, long authorId, String authorName, String body, Instant at) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into community_comment (post_id, parent_id, author_id, author_name, body,"
                + " score, created_at) values (?, ?, ?, ?, ?, 0, ?)")
        .params(postId, parentId, authorId, authorName, body, Timestamp.from(at))
        .update(key, "id");
    jdbc.sql("update community_post set comment_count = comment_count + 1 where id = ?")
        .param(postId)
        .update();
    return key.getKey().longValue();
  }

  Optional<CommentRow> comment(long id) {
    return jdbc.sql("select " + CommentRow.COLUMNS + " from community_comment where id = ?")
        .param(id)
        .query(CommentRow::of)
        .optional();
  }

  List<CommentRow> comments(long postId) {
    return jdbc.sql(
            "select "
                + CommentRow.COLUMNS
                + " from community_comment where post_id = ? order by id")
        .param(postId)
        .query(CommentRow::of)
        .list();
  }

  /**
   * Takes the post's row lock (an update that changes nothing) so that the votes on one post are
   * counted one transaction after the other; returns false when there is no such post.
   */
  boolean lockPost(long postId) {
    return jdbc.sql("update community_post set score = score where id = ?").param(postId).update()
        == 1;
  }

  boolean lockComment(long commentId) {
    return jdbc.sql("update community_comment set score = score where id = ?")
            .param(commentId)
            .update()
        == 1;
  }

  /** Sets the account's vote on the target (0 withdraws it) and returns the old value (0: none). */
  int setVote(VoteTarget target, long targetId, long accountId, int value, Instant at) {
    int old =
        jdbc.sql(
                "select vote_value from "
                    + target.table()
                    + " where "
                    + target.key()
                    + " = ? and account_id = ?")
            .params(targetId, accountId)
            .query(Integer.class)
            .optional()
            .orElse(0);
    if (old == value) {
      return old;
    }
    if (old != 0) {
      jdbc.sql(
              "delete from "
                  + target.table()
                  + " where "
                  + target.key()
                  + " = ? and account_id = ?")
          .params(targetId, accountId)
          .update();
    }
    if (value != 0) {
      jdbc.sql(
              "insert into "
                  + target.table()
                  + " ("
                  + target.key()
                  + ", account_id, vote_value, voted_at) values (?, ?, ?, ?)")
          .params(targetId, accountId, value, Timestamp.from(at))
          .update();
    }
    return old;
  }

  /** Adds to a post's score in one atomic update and sets the hot rank of the new score. */
  int addToPostScore(long postId, int delta) {
    jdbc.sql("update community_post set score = score + ? where id = ?")
        .params(delta, postId)
        .update();
    PostRow post = post(postId).orElseThrow();
    jdbc.sql("update community_post set hot = ? where id = ?")
        .params(HotRank.of(post.score(), post.createdAt()), postId)
        .update();
    return post.score();
  }

  int addToCommentScore(long commentId, int delta) {
    jdbc.sql("update community_comment set score = score + ? where id = ?")
        .params(delta, commentId)
        .update();
    return jdbc.sql("select score from community_comment where id = ?")
        .param(commentId)
        .query(Integer.class)
        .single();
  }

  int vote(VoteTarget target, long targetId, long accountId) {
    return jdbc.sql(
            "select vote_value from "
                + target.table()
                + " where "
                + target.key()
                + " = ? and account_id = ?")
        .params(targetId, accountId)
        .query(Integer.class)
        .optional()
        .orElse(0);
  }

  /** The account's votes on the post's comments, by comment id. */
  Map<Long, Integer> commentVotes(long postId, long accountId) {
    return jdbc
        .sql(
            "select v.comment_id, v.vote_value from community_comment_vote v join community_comment"
                + " c on c.id = v.comment_id where c.post_id = ? and v.account_id = ?")
        .params(postId, accountId)
        .query((rs, row) -> Map.entry(rs.getLong(1), rs.getInt(2)))
        .list()
        .stream()
        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }

  /** The account's votes as (target id, value) rows, oldest target first. */
  List<Map<String, Object>> votesBy(VoteTarget target, long accountId) {
    return jdbc.sql(
            "select "
                + target.key()
                + " as id, vote_value as vote_value, voted_at as voted_at from "
                + target.table()
                + " where account_id = ? order by "
                + target.key())
        .param(accountId)
        .query(
            (rs, row) ->
                Map.<String, Object>of(
                    target.key().replace("_id", "Id"),
                    rs.getLong("id"),
                    "value",
                    rs.getInt("vote_value"),
                    "votedAt",
                    rs.getTimestamp("voted_at").toInstant()))
        .list();
  }

  List<PostRow> postsBy(long accountId) {
    return jdbc.sql(
            "select " + PostRow.COLUMNS + PostRow.FROM + " where p.author_id = ? order by p.id")
        .param(accountId)
        .query(PostRow::of)
        .list();
  }

  List<CommentRow> commentsBy(long accountId) {
    return jdbc.sql(
            "select "
                + CommentRow.COLUMNS
                + " from community_comment where author_id = ? order by id")
        .param(accountId)
        .query(CommentRow::of)
        .list();
  }

  /** The ids of what the account voted on, to fix their scores when its votes go. */
  List<Long> votedOn(VoteTarget target, long accountId) {
    return jdbc.sql("select " + target.key() + " from " + target.table() + " where account_id = ?")
        .param(accountId)
        .query(Long.class)
        .list();
  }

  /** Keeps the deleted account's posts and comments, without its id or name. */
  void anonymise(long accountId) {
    jdbc.sql("update community_post set author_id = null, author_name = null where author_id = ?")
        .param(accountId)
        .update();
    jdbc.sql(
            "update community_comment set author_id = null, author_name = null"
                + " where author_id = ?")
        .param(accountId)
        .update();
    jdbc.sql(
            "update community_post_edit set editor_id = null, editor_name = null"
                + " where editor_id = ?")
        .param(accountId)
        .update();
  }
}
