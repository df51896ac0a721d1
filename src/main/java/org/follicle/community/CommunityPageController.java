package org.follicle.community;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.follicle.account.AccountView;
import org.follicle.account.CurrentUser;
import org.follicle.account.RateLimits;
import org.follicle.account.Role;
import org.follicle.catalog.PaperSummary;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The community pages: channels, a channel's posts, a post with its thread, the post form, and the
 * forms that comment, vote, edit, delete and open a study's discussion. Every form works without
 * JavaScript.
 */
@Controller
class CommunityPageController {

  private static final int PAGE = 25;
  private static final int FEED_ENTRIES = 30;
  private static final int RELATED_RESEARCH = 5;
  private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml");

  private final Community community;
  private final CommunityModeration moderation;
  private final CurrentUser currentUser;
  private final RateLimits rateLimits;
  private final Clock clock;
  private final RelatedPosts relatedPosts;

  CommunityPageController(
      Community community,
      CommunityModeration moderation,
      CurrentUser currentUser,
      RateLimits rateLimits,
      Clock clock,
      RelatedPosts relatedPosts) {
    this.community = community;
    this.moderation = moderation;
    this.currentUser = currentUser;
    this.rateLimits = rateLimits;
    this.clock = clock;
    this.relatedPosts = relatedPosts;
  }

  /**
   * What the post page shows; the flags say which forms the visitor gets. {@code removal} is the
   * post's (shown to its author and moderators), {@code commentRemovals} its removed comments' (the
   * reason null where the visitor may not read it).
   */
  record PostView(
      PostRow post,
      List<PaperSummary> studies,
      int edits,
      List<CommentNode> comments,
      boolean signedIn,
      boolean author,
      int myVote,
      Map<Long, Integer> myCommentVotes,
      long viewerId,
      boolean moderator,
      Removal removal,
      Map<Long, Removal> commentRemovals) {}

  /** What the post form holds: the channel, and the post when it is being edited. */
  record PostForm(ChannelRow channel, PostRow post, String studies) {}

  @GetMapping("/community")
  String channels(Model model) {
    model.addAttribute("channels", community.channels());
    return "community/channels";
  }

  @GetMapping("/community/{slug}")
  String channel(
      @PathVariable String slug,
      @RequestParam(required = false) String sort,
      @RequestParam(required = false) String cursor,
      Model model) {
    model.addAttribute("page", community.posts(slug, PostSort.of(sort), cursor, PAGE));
    model.addAttribute("sorts", Arrays.stream(PostSort.values()).map(PostSort::code).toList());
    model.addAttribute("mayPost", signedIn() != null);
    model.addAttribute("channels", community.channels());
    return "community/channel";
  }

  @GetMapping("/community/{slug}/feed")
  ResponseEntity<byte[]> feed(@PathVariable String slug) {
    PostPage page = community.posts(slug, PostSort.NEW, null, FEED_ENTRIES);
    String self = ServletUriComponentsBuilder.fromCurrentRequest().toUriString();
    String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
    return ResponseEntity.ok()
        .contentType(ATOM)
        .body(ChannelFeed.write(page.channel(), self, base, page.posts(), clock.instant()));
  }

  @GetMapping("/community/{slug}/new")
  String newPost(@PathVariable String slug, Model model) {
    moderation.requireNotBanned(currentUser.requireAccount(Role.READER));
    model.addAttribute("form", new PostForm(community.channel(slug), null, ""));
    return "community/post-form";
  }

  @PostMapping("/community/{slug}/posts")
  String createPost(
      @PathVariable String slug,
      @RequestParam(required = false) String title,
      @RequestParam(required = false) String body,
      @RequestParam(required = false) String studies) {
    AccountView author = currentUser.requireAccount(Role.READER);
    moderation.requireNotBanned(author);
    rateLimits.consume("posting");
    PostRow post = community.createPost(author, slug, new PostText(title, body, ids(studies)));
    return "redirect:/community/posts/" + post.id();
  }

  @GetMapping("/community/posts/{id}")
  String post(@PathVariable long id, Model model) {
    PostRow post = community.post(id);
    AccountView user = signedIn();
    AccountView viewer = currentUser.current().orElse(null);
    Removal removal = moderation.removalShownTo(post, viewer).orElse(null);
    CommunityModeration.ThreadView thread = moderation.thread(id, viewer);
    model.addAttribute("flagReasons", FlagReason.values());
    model.addAttribute(
        "view",
        new PostView(
            post,
            community.studies(id),
            community.edits(id),
            thread.comments(),
            user != null,
            user != null && post.writtenBy(user.id()),
            user == null ? 0 : community.myVote(user.id(), id),
            user == null ? Map.of() : community.myCommentVotes(user.id(), id),
            user == null ? AccountView.NO_ACCOUNT : user.id(),
            viewer != null && viewer.has(Role.MODERATOR),
            removal,
            thread.removals()));
    model.addAttribute("relatedResearch", relatedPosts.researchNear(id, RELATED_RESEARCH));
    return "community/post";
  }

  @GetMapping("/community/posts/{id}/edit")
  String editForm(@PathVariable long id, Model model) {
    AccountView user = currentUser.requireAccount(Role.READER);
    PostRow post = community.post(id);
    if (!post.writtenBy(user.id())) {
      throw CommunityProblem.forbidden("Only the author of post " + id + " may edit it");
    }
    String studies =
        String.join(
            " ", community.studies(id).stream().map(paper -> String.valueOf(paper.id())).toList());
    model.addAttribute("form", new PostForm(community.channel(post.channelSlug()), post, studies));
    return "community/post-form";
  }

  @PostMapping("/community/posts/{id}/edit")
  String edit(
      @PathVariable long id,
      @RequestParam(required = false) String title,
      @RequestParam(required = false) String body,
      @RequestParam(required = false) String studies) {
    AccountView editor = currentUser.requireAccount(Role.READER);
    moderation.requireNotBanned(editor);
    rateLimits.consume("posting");
    community.editPost(editor, id, new PostText(title, body, ids(studies)));
    return "redirect:/community/posts/" + id;
  }

  @PostMapping("/community/posts/{id}/delete")
  String delete(@PathVariable long id) {
    String channel = community.post(id).channelSlug();
    community.deletePost(currentUser.requireAccount(Role.READER), id);
    return "redirect:/community/" + channel;
  }

  @PostMapping("/community/posts/{id}/comments")
  String comment(
      @PathVariable long id,
      @RequestParam(required = false) String body,
      @RequestParam(required = false) Long parentId) {
    AccountView author = currentUser.requireAccount(Role.READER);
    moderation.requireNotBanned(author);
    moderation.removalShownTo(community.post(id), author);
    rateLimits.consume("commenting");
    CommentRow comment = community.comment(author, id, parentId, body);
    return "redirect:/community/posts/" + id + "#comment-" + comment.id();
  }

  @PostMapping("/community/posts/{id}/vote")
  String votePost(@PathVariable long id, @RequestParam(required = false) Integer value) {
    AccountView voter = currentUser.requireAccount(Role.READER);
    moderation.requireNotBanned(voter);
    moderation.removalShownTo(community.post(id), voter);
    rateLimits.consume("voting");
    community.votePost(voter, id, value);
    return "redirect:/community/posts/" + id;
  }

  @PostMapping("/community/comments/{id}/vote")
  String voteComment(@PathVariable long id, @RequestParam(required = false) Integer value) {
    AccountView voter = currentUser.requireAccount(Role.READER);
    moderation.requireNotBanned(voter);
    rateLimits.consume("voting");
    community.voteComment(voter, id, value);
    CommentRow comment = community.commentById(id);
    return "redirect:/community/posts/" + comment.postId() + "#comment-" + id;
  }

  @PostMapping("/papers/{id}/discussion")
  String discussion(@PathVariable long id, @RequestParam(required = false) String channel) {
    AccountView user = currentUser.requireAccount(Role.READER);
    moderation.requireNotBanned(user);
    if (community.discussionOf(id).isEmpty()) {
      rateLimits.consume("posting");
    }
    return "redirect:/community/posts/" + community.openDiscussion(user, id, channel);
  }

  private AccountView signedIn() {
    return currentUser.current().filter(AccountView::isAccount).orElse(null);
  }

  /** The paper ids of the form's studies field: ids or paper links, split by spaces or commas. */
  private static List<Long> ids(String studies) {
    if (studies == null || studies.isBlank()) {
      return List.of();
    }
    return Arrays.stream(studies.strip().split("[\\s,]+"))
        .map(CommunityPageController::paperId)
        .toList();
  }

  private static long paperId(String given) {
    String id = given.replaceFirst("^.*/papers/", "").replaceFirst("[/?#].*$", "");
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw CommunityProblem.field(
          "studies",
          "'%s' is neither a paper id nor a link to a paper page (/papers/ID)".formatted(given));
    }
  }
}
