package org.follicle.community;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.follicle.account.AccountView;
import org.follicle.account.CurrentUser;
import org.follicle.account.RateLimits;
import org.follicle.account.Role;
import org.follicle.community.CommunityResources.Post;
import org.follicle.community.CommunityResources.Study;
import org.follicle.web.NextPageLink;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Search over posts, a study's related posts and followers, and a post's related research. */
@RestController
@Tag(name = "Community", description = "Channels, posts, threaded comments and votes")
class CommunityLinksApiController {

  private final PostSearch search;
  private final RelatedPosts relatedPosts;
  private final StudyFollows follows;
  private final Community community;
  private final CurrentUser currentUser;
  private final RateLimits rateLimits;

  CommunityLinksApiController(
      PostSearch search,
      RelatedPosts relatedPosts,
      StudyFollows follows,
      Community community,
      CurrentUser currentUser,
      RateLimits rateLimits) {
    this.search = search;
    this.relatedPosts = relatedPosts;
    this.follows = follows;
    this.community = community;
    this.currentUser = currentUser;
    this.rateLimits = rateLimits;
  }

  /** A post found, with its title and best passage as HTML (escaped text and mark elements). */
  record FoundPost(Post post, String titleHtml, String snippetHtml) {}

  /** A page of posts found: the query as searched, notes on how it was read, the next cursor. */
  record FoundPosts(
      String query,
      String channel,
      long total,
      List<FoundPost> items,
      List<String> notes,
      String next) {}

  /** A post on a study's page: it links the study, or it is this close in meaning (cosine). */
  record RelatedPost(Post post, boolean linksStudy, Double similarity) {}

  /** Whether the caller follows the study's discussion, and how many readers do. */
  record Following(boolean following, long followers) {}

  @GetMapping("/api/community/search")
  @Operation(
      summary = "Search posts by their title, text and comments, best match first",
      description =
          "Words, \"phrases\" and -exclusions; other characters are searched as text. Follow"
              + " 'next' (also in the Link header). An empty q is refused with 400.")
  ResponseEntity<FoundPosts> search(
      @Parameter(description = "What to look for") @RequestParam(required = false) String q,
      @Parameter(description = "A channel's slug, to search only it")
          @RequestParam(required = false)
          String channel,
      @Parameter(description = "The 'next' value of the previous page")
          @RequestParam(required = false)
          String cursor,
      @RequestParam(defaultValue = "20") int limit) {
    PostSearch.PostResults results = search.search(q, channel, cursor, limit);
    ResponseEntity.BodyBuilder response = ResponseEntity.ok();
    NextPageLink.add(response, results.next());
    return response.body(
        new FoundPosts(
            results.query(),
            results.channel() == null ? null : results.channel().slug(),
            results.total(),
            results.hits().stream()
                .map(hit -> new FoundPost(Post.of(hit.post()), hit.titleHtml(), hit.snippetHtml()))
                .toList(),
            results.notes(),
            results.next()));
  }

  @GetMapping("/api/papers/{id}/community/related")
  @Operation(
      summary = "A study's related community posts",
      description =
          "Posts linking the study by score, then posts close to it in meaning (cosine"
              + " similarity of their embeddings, at least 0.70); only linking posts when"
              + " embeddings are off.")
  List<RelatedPost> related(@PathVariable long id) {
    return relatedPosts.ofPaper(id, 20).stream()
        .map(post -> new RelatedPost(Post.of(post.post()), post.linksStudy(), post.similarity()))
        .toList();
  }

  @GetMapping("/api/community/posts/{id}/related-research")
  @Operation(summary = "Papers close in meaning to a post, other than those it links")
  List<Study> relatedResearch(@PathVariable long id) {
    community.post(id);
    return relatedPosts.researchNear(id, 10).stream()
        .map(paper -> new Study(paper.id(), paper.title()))
        .toList();
  }

  @GetMapping("/api/papers/{id}/community/follow")
  @Operation(summary = "Whether you follow the study's discussion, and how many readers do")
  Following following(@PathVariable long id) {
    boolean following =
        currentUser
            .current()
            .filter(AccountView::isAccount)
            .map(user -> follows.follows(user.id(), id))
            .orElse(false);
    return new Following(following, follows.followers(id));
  }

  @PutMapping("/api/papers/{id}/community/follow")
  @Operation(
      summary = "Follow the study's discussion",
      description = "You are told of new posts linking it and comments on its discussion post.")
  Following follow(@PathVariable long id) {
    AccountView user = currentUser.requireAccount(Role.READER);
    rateLimits.consume("following");
    follows.follow(user.id(), id);
    return new Following(true, follows.followers(id));
  }

  @DeleteMapping("/api/papers/{id}/community/follow")
  @Operation(summary = "Stop following the study's discussion")
  Following unfollow(@PathVariable long id) {
    AccountView user = currentUser.requireAccount(Role.READER);
    rateLimits.consume("following");
    follows.unfollow(user.id(), id);
    return new Following(false, follows.followers(id));
  }
}
