package org.follicle.community;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.follicle.account.AccountView;
import org.follicle.account.Role;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.PaperSummary;
import org.follicle.notification.Notifications;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The community's rules: what a post, comment, vote and channel may hold, who may edit and delete,
 * how votes count, and who hears of replies. Pages and API both call it.
 */
@Service
class Community {

  static final int MAX_TITLE = 300;
  static final int MAX_BODY = 40_000;
  static final int MAX_COMMENT = 10_000;
  static final int MAX_STUDIES = 10;
  static final String DEFAULT_DISCUSSION_CHANNEL = "research";
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final CommunityStore store;
  private final Catalog catalog;
  private final Notifications notifications;
  private final Clock clock;
  private final TransactionTemplate transaction;
  private final ApplicationEventPublisher events;

  Community(
      CommunityStore store,
      Catalog catalog,
      Notifications notifications,
      Clock clock,
      PlatformTransactionManager transactions,
      ApplicationEventPublisher events) {
    this.store = store;
    this.catalog = catalog;
    this.notifications = notifications;
    this.clock = clock;
    this.transaction = new TransactionTemplate(transactions);
    this.events = events;
  }

  @Transactional(readOnly = true)
  List<ChannelRow> channels() {
    return store.channels();
  }

  @Transactional(readOnly = true)
  ChannelRow channel(String slug) {
    return store
        .channel(slug)
        .orElseThrow(() -> CommunityProblem.notFound("There is no channel '" + slug + "'"));
  }

  @Transactional
  ChannelRow createChannel(String slug, String name, String description) {
    String cleanSlug = FieldText.required("slug", slug, 60, "write something");
    if (!SLUG.matcher(cleanSlug).matches()) {
      throw CommunityProblem.field(
          "slug",
          "slug '%s' must be lower-case letters and digits joined by single hyphens"
              .formatted(cleanSlug));
    }
    if (store.channel(cleanSlug).isPresent()) {
      throw CommunityProblem.conflict("slug", "channel '" + cleanSlug + "' exists already");
    }
    store.insertChannel(
        cleanSlug,
        FieldText.required("name", name, 80, "write something"),
        FieldText.optional("description", description, 500),
        clock.instant());
    return store.channel(cleanSlug).orElseThrow();
  }

  /** A page of the channel's posts and the cursor of the next (null at the end). */
  @Transactional(readOnly = true)
  PostPage posts(String slug, PostSort sort, String cursor, int limit) {
    ChannelRow channel = channel(slug);
    List<PostRow> rows = store.page(channel.id(), PostCursor.decode(sort, cursor), limit + 1);
    boolean more = rows.size() > limit;
    List<PostRow> shown = more ? rows.subList(0, limit) : rows;
    String next = more ? PostCursor.after(sort, shown.get(shown.size() - 1)).encode() : null;
    return new PostPage(channel, sort, shown, next);
  }

  @Transactional
  PostRow createPost(AccountView author, String channelSlug, PostText text) {
    ChannelRow channel = channel(channelSlug);
    PostText clean = checked(text);
    long id =
        store.insertPost(channel.id(), author.id(), author.displayName(), clean, clock.instant());
    store.linkStudies(id, clean.studies());
    events.publishEvent(new PostWritten(id, author.id(), clean.studies(), true));
    return store.post(id).orElseThrow();
  }

  @Transactional(readOnly = true)
  PostRow post(long id) {
    return store.post(id).orElseThrow(() -> CommunityProblem.notFound("There is no post " + id));
  }

  @Transactional(readOnly = true)
  List<PaperSummary> studies(long postId) {
    return catalog.summaries(store.studiesOf(postId));
  }

  @Transactional(readOnly = true)
  List<CommentNode> comments(long postId) {
    return CommentNode.tree(store.comments(postId));
  }

  @Transactional(readOnly = true)
  int edits(long postId) {
    return store.editCount(postId);
  }

  /** The author edits their post; what it said before goes into its edit history. */
  @Transactional
  PostRow editPost(AccountView editor, long id, PostText text) {
    PostRow before = post(id);
    if (!before.writtenBy(editor.id())) {
      throw CommunityProblem.forbidden("Only the author of post " + id + " may edit it");
    }
    PostText clean = checked(text);
    store.insertEdit(before, editor.id(), editor.displayName(), clock.instant());
    store.updatePost(id, clean, clock.instant());
    store.linkStudies(id, clean.studies());
    events.publishEvent(new PostWritten(id, editor.id(), clean.studies(), false));
    return post(id);
  }

  /** The author or a moderator deletes a post, with its comments and votes. */
  @Transactional
  void deletePost(AccountView user, long id) {
    PostRow post = post(id);
    if (!post.writtenBy(user.id()) && !user.has(Role.MODERATOR)) {
      throw CommunityProblem.forbidden("Only the author of post " + id + " may delete it");
    }
    store.deletePost(id);
    events.publishEvent(new PostDeleted(id));
  }

  /** Comments on the post, or replies to one of its comments; tells who was replied to. */
  @Transactional
  CommentRow comment(AccountView author, long postId, Long parentId, String body) {
    PostRow post = post(postId);
    CommentRow parent = null;
    if (parentId != null) {
      parent =
          store
              .comment(parentId)
              .filter(comment -> comment.postId() == postId)
              .orElseThrow(
                  () ->
                      CommunityProblem.field(
                          "parentId",
                          "comment %d is not a comment of post %d".formatted(parentId, postId)));
    }
    String text = FieldText.required("body", body, MAX_COMMENT, "write something");
    long id =
        store.insertComment(
            postId, parentId, author.id(), author.displayName(), text, clock.instant());
    Long repliedTo = parent == null ? post.authorId() : parent.authorId();
    events.publishEvent(new CommentWritten(postId, id, author.id(), repliedTo));
    if (repliedTo != null && repliedTo != author.id()) {
      notifications.notify(
          repliedTo,
          "community-reply",
          author.displayName()
              + (parent == null ? " commented on your post " : " replied to your comment on ")
              + "“"
              + post.title()
              + "”",
          "/community/posts/" + postId + "#comment-" + id);
    }
    return store.comment(id).orElseThrow();
  }

  /**
   * Sets the account's vote on a post (1 up, -1 down, 0 withdrawn). The post's row lock orders the
   * votes on one post; the vote row (unique per post and account) and the score's atomic update
   * commit together, so the score always equals the sum of the votes.
   */
  @Transactional
  int votePost(AccountView voter, long postId, Integer value) {
    int wanted = checkedVote(value);
    if (!store.lockPost(postId)) {
      throw CommunityProblem.notFound("There is no post " + postId);
    }
    int old = store.setVote(VoteTarget.POST, postId, voter.id(), wanted, clock.instant());
    return wanted == old ? post(postId).score() : store.addToPostScore(postId, wanted - old);
  }

  @Transactional
  int voteComment(AccountView voter, long commentId, Integer value) {
    int wanted = checkedVote(value);
    if (!store.lockComment(commentId)) {
      throw CommunityProblem.notFound("There is no comment " + commentId);
    }
    int old = store.setVote(VoteTarget.COMMENT, commentId, voter.id(), wanted, clock.instant());
    return store.addToCommentScore(commentId, wanted - old);
  }

  @Transactional(readOnly = true)
  int myVote(long accountId, long postId) {
    return store.vote(VoteTarget.POST, postId, accountId);
  }

  @Transactional(readOnly = true)
  Map<Long, Integer> myCommentVotes(long accountId, long postId) {
    return store.commentVotes(postId, accountId);
  }

  @Transactional(readOnly = true)
  CommentRow commentById(long id) {
    return store
        .comment(id)
        .orElseThrow(() -> CommunityProblem.notFound("There is no comment " + id));
  }

  /** The study's discussion post, if someone opened it. */
  @Transactional(readOnly = true)
  java.util.Optional<Long> discussionOf(long paperId) {
    return store.discussionOf(paperId);
  }

  @Transactional(readOnly = true)
  List<PostRow> postsAbout(long paperId, int limit) {
    return store.postsAbout(paperId, limit);
  }

  /**
   * The study's discussion: the existing one, or a new post in the channel (Research by default)
   * titled after the paper. Two people pressing at once get the same one: the second insert fails
   * on the unique study key and finds the first.
   */
  long openDiscussion(AccountView user, long paperId, String channelSlug) {
    return store
        .discussionOf(paperId)
        .orElseGet(
            () -> {
              try {
                return transaction.execute(status -> newDiscussion(user, paperId, channelSlug));
              } catch (DuplicateKeyException taken) {
                return store.discussionOf(paperId).orElseThrow(() -> taken);
              }
            });
  }

  private long newDiscussion(AccountView user, long paperId, String channelSlug) {
    String title =
        catalog
            .paper(paperId)
            .orElseThrow(() -> CommunityProblem.notFound("There is no paper " + paperId))
            .record()
            .title();
    String slug =
        channelSlug == null || channelSlug.isBlank() ? DEFAULT_DISCUSSION_CHANNEL : channelSlug;
    String postTitle = FieldText.cut("Discussion: " + title, MAX_TITLE);
    PostRow post =
        createPost(
            user,
            slug,
            new PostText(
                postTitle,
                "A discussion of the study ["
                    + title.replace("]", "\\]")
                    + "](/papers/"
                    + paperId
                    + ").",
                List.of(paperId)));
    store.markDiscussion(post.id(), paperId);
    return post.id();
  }

  private PostText checked(PostText text) {
    String title = FieldText.required("title", text.title(), MAX_TITLE, "write something");
    String body = FieldText.optional("body", text.body(), MAX_BODY);
    List<Long> studies =
        List.copyOf(new LinkedHashSet<>(text.studies() == null ? List.of() : text.studies()));
    if (studies.size() > MAX_STUDIES) {
      throw CommunityProblem.field(
          "studies",
          "a post links at most %d studies, not %d".formatted(MAX_STUDIES, studies.size()));
    }
    List<Long> known = catalog.summaries(studies).stream().map(PaperSummary::id).toList();
    for (long study : studies) {
      if (!known.contains(study)) {
        throw CommunityProblem.field("studies", "there is no paper " + study + " to link");
      }
    }
    return new PostText(title, body, studies);
  }

  private static int checkedVote(Integer value) {
    if (value == null || value < -1 || value > 1) {
      throw CommunityProblem.field(
          "value", "a vote is 1 (up), -1 (down) or 0 (withdraw), not " + value);
    }
    return value;
  }
}
