package org.follicle.community;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import org.follicle.account.AccountView;
import org.follicle.account.CurrentUser;
import org.follicle.account.RateLimits;
import org.follicle.account.Role;
import org.follicle.community.CommunityResources.Channel;
import org.follicle.community.CommunityResources.Comment;
import org.follicle.community.CommunityResources.Post;
import org.follicle.community.CommunityResources.PostList;
import org.follicle.community.CommunityResources.PostThread;
import org.follicle.community.CommunityResources.Study;
import org.follicle.community.CommunityResources.StudyPosts;
import org.follicle.community.CommunityResources.VoteResult;
import org.follicle.web.NextPageLink;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The community as JSON: channels, posts, comments, votes and studies' discussions. */
@RestController
@Tag(name = "Community", description = "Channels, posts, threaded comments and votes")
class CommunityApiController {

  private final Community community;
  private final CommunityModeration moderation;
  private final CurrentUser currentUser;
  private final RateLimits rateLimits;

  CommunityApiController(
      Community community,
      CommunityModeration moderation,
      CurrentUser currentUser,
      RateLimits rateLimits) {
    this.community = community;
    this.moderation = moderation;
    this.currentUser = currentUser;
    this.rateLimits = rateLimits;
  }

  /** A new channel: slug (lower-case, hyphens), name and description. */
  record NewChannel(String slug, String name, String description) {}

  /** A post's text: title (at most 300 characters), Markdown body (40,000) and paper ids. */
  record PostInput(String title, String body, List<Long> studies) {
    PostText text() {
      return new PostText(title, body, studies);
    }
  }

  /** A comment in Markdown (at most 10,000 characters), replying to parentId when given. */
  record CommentInput(String body, Long parentId) {}

  /** A vote: 1 up, -1 down, 0 withdraws it. */
  record VoteInput(Integer value) {}

  /** The channel a study's discussion opens in (research when left out). */
  record DiscussionInput(String channel) {}

  @GetMapping("/api/community/channels")
  @Operation(summary = "The channels and how many posts each holds")
  List<Channel> channels() {
    return community.channels().stream().map(Channel::of).toList();
  }

  @PostMapping("/api/community/channels")
  @Operation(summary = "Create a channel", description = "Admins only.")
  ResponseEntity<Channel> createChannel(@RequestBody NewChannel channel) {
    currentUser.require(Role.ADMIN);
    Channel created =
        Channel.of(community.createChannel(channel.slug(), channel.name(), channel.description()));
    return ResponseEntity.created(URI.create("/api/community/channels/" + created.slug()))
        .body(created);
  }

  @GetMapping("/api/community/channels/{slug}")
  @Operation(summary = "One channel")
  Channel channel(@PathVariable String slug) {
    return Channel.of(community.channel(slug));
  }

  @GetMapping("/api/community/channels/{slug}/posts")
  @Operation(
      summary = "A channel's posts, a page at a time",
      description =
          "sort=hot (score decayed by age), new or top; follow 'next' (also in the Link header).")
  ResponseEntity<PostList> posts(
      @PathVariable String slug,
      @Parameter(description = "hot, new or top") @RequestParam(required = false) String sort,
      @Parameter(description = "The 'next' value of the previous page")
          @RequestParam(required = false)
          String cursor,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit) {
    PostPage page = community.posts(slug, PostSort.of(sort), cursor, limit);
    ResponseEntity.BodyBuilder response = ResponseEntity.ok();
    NextPageLink.add(response, page.next());
    return response.body(
        new PostList(
            slug, page.sort().code(), page.posts().stream().map(Post::of).toList(), page.next()));
  }

  @PostMapping("/api/community/channels/{slug}/posts")
  @Operation(
      summary = "Post in a channel",
      description = "Needs sign-in; rate-limited (policy 'posting'). Too long a field gets 413.")
  ResponseEntity<Post> createPost(@PathVariable String slug, @RequestBody PostInput input) {
    AccountView author = currentUser.requireAccount(Role.READER);
    moderation.requireNotBanned(author);
    rateLimits.consume("posting");
    Post created = Post.of(community.createPost(author, slug, input.text()));
    return ResponseEntity.created(URI.create("/api/community/posts/" + created.id())).body(created);
  }

  @GetMapping("/api/community/posts/{id}")
  @Operation(summary = "A post with its linked studies and its comment tree")
  PostThread post(@PathVariable long id) {
    PostRow row = community.post(id);
    AccountView viewer = currentUser.current().orElse(null);
    Removal removal = moderation.removalShownTo(row, viewer).orElse(null);
    CommunityModeration.ThreadView thread = moderation.thread(id, viewer);
    Post post = Post.of(row);
    Integer myVote =
        currentUser
            .current()
            .filter(AccountView::isAccount)
            .map(user -> community.myVote(user.id(), id))
            .orElse(null);
    return new PostThread(
        post,
        community.studies(id).stream().map(paper -> new Study(paper.id(), paper.title())).toList(),
        community.edits(id),
        thread.comments().stream().map(Comment::of).toList(),
        myVote,
        ModerationResources.RemovalResource.of(removal),
        thread.removals().entrySet().stream()
            .map(
                removed ->
                    new ModerationResources.RemovedComment(
                        removed.getKey(),
                        ModerationResources.RemovalResource.of(removed.getValue())))
            .toList());
  }

  @PutMapping("/api/community/posts/{id}")
  @Operation(summary = "Edit your post (its old text goes into the edit history)")
  Post editPost(@PathVariable long id, @RequestBody PostInput input) {
    AccountView editor = currentUser.requireAccount(Role.READER);
    moderation.requireNotBanned(editor);
    rateLimits.consume("posting");
    return Post.of(community.editPost(editor, id, input.text()));
  }

  @DeleteMapping("/api/community/posts/{id}")
  @Operation(summary = "Delete your post with its comments (moderators may delete any)")
  ResponseEntity<Void> deletePost(@PathVariable long id) {
    community.deletePost(currentUser.requireAccount(Role.READER), id);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/api/community/posts/{id}/comments")
  @Operation(
      summary = "Comment on a post, or reply to a comment (parentId)",
      description = "Rate-limited (policy 'commenting'); the author replied to is notified.")
  ResponseEntity<Comment> comment(@PathVariable long id, @RequestBody CommentInput input) {
    AccountView author = currentUser.requireAccount(Role.READER);
    moderation.requireNotBanned(author);
    moderation.removalShownTo(community.post(id), author);
    rateLimits.consume("commenting");
    Comment created = Comment.of(community.comment(author, id, input.parentId(), input.body()));
    return ResponseEntity.created(
            URI.create("/api/community/posts/" + id + "/comments/" + created.id()))
        .body(created);
  }

  @GetMapping("/api/community/posts/{id}/comments/{commentId}")
  @Operation(summary = "One comment")
  Comment comment(@PathVariable long id, @PathVariable long commentId) {
    CommentRow comment = community.commentById(commentId);
    if (comment.postId() != id) {
      throw CommunityProblem.notFound("Post " + id + " has no comment " + commentId);
    }
    return Comment.of(moderation.comment(comment, currentUser.current().orElse(null)));
  }

  @PostMapping("/api/community/posts/{id}/vote")
  @Operation(
      summary = "Vote on a post: {\"value\": 1}, -1, or 0 to withdraw",
      description = "One vote per account; rate-limited (policy 'voting').")
  VoteResult votePost(@PathVariable long id, @RequestBody VoteInput vote) {
    AccountView voter = currentUser.requireAccount(Role.READER);
    moderation.requireNotBanned(voter);
    moderation.removalShownTo(community.post(id), voter);
    rateLimits.consume("voting");
    int score = community.votePost(voter, id, vote.value());
    return new VoteResult(score, vote.value());
  }

  @PostMapping("/api/community/comments/{id}/vote")
  @Operation(summary = "Vote on a comment: {\"value\": 1}, -1, or 0 to withdraw")
  VoteResult voteComment(@PathVariable long id, @RequestBody VoteInput vote) {
    AccountView voter = currentUser.requireAccount(Role.READER);
    moderation.requireNotBanned(voter);
    rateLimits.consume("voting");
    int score = community.voteComment(voter, id, vote.value());
    return new VoteResult(score, vote.value());
  }

  @GetMapping("/api/papers/{id}/community")
  @Operation(summary = "A study's discussion post and the community posts that link it")
  StudyPosts aboutStudy(@PathVariable long id) {
    return new StudyPosts(
        community.discussionOf(id).orElse(null),
        community.postsAbout(id, 50).stream().map(Post::of).toList());
  }

  @PostMapping("/api/papers/{id}/discussion")
  @Operation(
      summary = "Open a study's discussion, or find the one already open",
      description = "Creates it in the channel given (research by default) on first use.")
  ResponseEntity<Post> discussion(@PathVariable long id, @RequestBody DiscussionInput input) {
    AccountView user = currentUser.requireAccount(Role.READER);
    moderation.requireNotBanned(user);
    boolean existed = community.discussionOf(id).isPresent();
    if (!existed) {
      rateLimits.consume("posting");
    }
    Post post = Post.of(community.post(community.openDiscussion(user, id, input.channel())));
    URI location = URI.create("/api/community/posts/" + post.id());
    return existed
        ? ResponseEntity.ok().location(location).body(post)
        : ResponseEntity.created(location).body(post);
  }
}
