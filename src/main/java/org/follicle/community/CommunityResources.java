package org.follicle.community;

import java.time.Instant;
import java.util.List;

/** The JSON shapes of the community API. */
final class CommunityResources {

  private CommunityResources() {}

  /** A channel and how many posts it holds. */
  record Channel(String slug, String name, String description, long posts) {
    static Channel of(ChannelRow row) {
      return new Channel(row.slug(), row.name(), row.description(), row.posts());
    }
  }

  /** A post; {@code bodyHtml} is the sanitised rendering of the Markdown {@code body}. */
  record Post(
      long id,
      String channel,
      String title,
      String body,
      String bodyHtml,
      String gist,
      String author,
      int score,
      int comments,
      Long discussionOf,
      Instant createdAt,
      Instant editedAt) {
    static Post of(PostRow row) {
      return new Post(
          row.id(),
          row.channelSlug(),
          row.title(),
          row.body(),
          row.bodyHtml(),
          row.gist(),
          row.author(),
          row.score(),
          row.comments(),
          row.discussionPaperId(),
          row.createdAt(),
          row.editedAt());
    }
  }

  /** A comment with its replies. */
  record Comment(
      long id,
      Long parentId,
      String author,
      String body,
      String bodyHtml,
      int score,
      Instant createdAt,
      List<Comment> replies) {
    static Comment of(CommentNode node) {
      CommentRow row = node.comment();
      return new Comment(
          row.id(),
          row.parentId(),
          row.author(),
          row.body(),
          row.bodyHtml(),
          row.score(),
          row.createdAt(),
          node.replies().stream().map(Comment::of).toList());
    }

    static Comment of(CommentRow row) {
      return of(new CommentNode(row, List.of()));
    }
  }

  /** A study a post links to. */
  record Study(long id, String title) {}

  /**
   * A post with its linked studies, its comment tree and, signed in, the caller's vote; {@code
   * removal} is set when a moderator removed the post (only its author and moderators get it), and
   * {@code removedComments} lists the thread's removed comments (with the reason for their authors
   * and moderators).
   */
  record PostThread(
      Post post,
      List<Study> studies,
      int edits,
      List<Comment> comments,
      Integer myVote,
      ModerationResources.RemovalResource removal,
      List<ModerationResources.RemovedComment> removedComments) {}

  /** A page of a channel's posts. */
  record PostList(String channel, String sort, List<Post> items, String next) {}

  /** A score after a vote, and the caller's vote. */
  record VoteResult(int score, int myVote) {}

  /** A study's discussion post (null until opened) and the posts that link it. */
  record StudyPosts(Long discussion, List<Post> posts) {}
}
