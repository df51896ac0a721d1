package org.follicle.community;

/** What a vote is on: a post or a comment, each with its own table of votes. */
enum VoteTarget {
  POST("community_post_vote", "post_id"),
  COMMENT("community_comment_vote", "comment_id");

  private final String table;
  private final String key;

  VoteTarget(String table, String key) {
    this.table = table;
    this.key = key;
  }

  String table() {
    return table;
  }

  String key() {
    return key;
  }
}
