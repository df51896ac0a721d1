package org.follicle.community;

/**
 * What a moderator acts on: a post or a comment, each with its own tables of flags and removals.
 */
enum ModerationTarget {
  POST("post", "community_post_flag", "community_post_removal", "post_id"),
  COMMENT("comment", "community_comment_flag", "community_comment_removal", "comment_id");

  private final String code;
  private final String flagTable;
  private final String removalTable;
  private final String key;

  ModerationTarget(String code, String flagTable, String removalTable, String key) {
    this.code = code;
    this.flagTable = flagTable;
    this.removalTable = removalTable;
    this.key = key;
  }

  /** The target a path segment names ({@code posts} or {@code comments}); else a 404. */
  static ModerationTarget ofPath(String segment) {
    return switch (segment) {
      case "posts" -> POST;
      case "comments" -> COMMENT;
      default ->
          throw CommunityProblem.notFound(
              "There is no '" + segment + "' to moderate; use posts or comments");
    };
  }

  static ModerationTarget ofCode(String code) {
    return code.equals(POST.code) ? POST : COMMENT;
  }

  String code() {
    return code;
  }

  String flagTable() {
    return flagTable;
  }

  String removalTable() {
    return removalTable;
  }

  String key() {
    return key;
  }
}
