package org.follicle.community;

import java.util.List;
import java.util.Optional;
import org.follicle.account.AccountView;
import org.follicle.account.CurrentUser;
import org.follicle.catalog.PaperPageSection;
import org.springframework.stereotype.Component;

/**
 * "Discuss this study in the community" on the paper page: the way to its discussion (opened on
 * first use in a channel the reader picks) and the community posts that link the study.
 */
@Component
class StudyDiscussionSection implements PaperPageSection {

  private static final int CARDS = 10;

  private final Community community;
  private final CurrentUser currentUser;
  private final RelatedPosts relatedPosts;
  private final StudyFollows follows;

  StudyDiscussionSection(
      Community community,
      CurrentUser currentUser,
      RelatedPosts relatedPosts,
      StudyFollows follows) {
    this.community = community;
    this.currentUser = currentUser;
    this.relatedPosts = relatedPosts;
    this.follows = follows;
  }

  /** What the block shows: related posts, linking ones first, and whether the reader follows. */
  record StudyDiscussion(
      long paperId,
      Long discussion,
      List<RelatedPosts.RelatedPost> posts,
      boolean signedIn,
      List<ChannelRow> channels,
      String defaultChannel,
      boolean following) {

    public List<PostRow> linking() {
      return posts.stream()
          .filter(RelatedPosts.RelatedPost::linksStudy)
          .map(p -> p.post())
          .toList();
    }

    public List<PostRow> closeInMeaning() {
      return posts.stream().filter(p -> !p.linksStudy()).map(p -> p.post()).toList();
    }
  }

  @Override
  public Placement placement() {
    return Placement.BODY;
  }

  @Override
  public String template() {
    return "community/paper-section";
  }

  @Override
  public Optional<StudyDiscussion> content(long paperId) {
    Optional<AccountView> reader = currentUser.current().filter(AccountView::isAccount);
    return Optional.of(
        new StudyDiscussion(
            paperId,
            community.discussionOf(paperId).orElse(null),
            relatedPosts.ofPaper(paperId, CARDS),
            reader.isPresent(),
            community.channels(),
            Community.DEFAULT_DISCUSSION_CHANNEL,
            reader.map(account -> follows.follows(account.id(), paperId)).orElse(false)));
  }
}
