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

  StudyDiscussionSection(Community community, CurrentUser currentUser) {
    this.community = community;
    this.currentUser = currentUser;
  }

  /** What the block shows. */
  record StudyDiscussion(
      long paperId,
      Long discussion,
      List<PostRow> posts,
      boolean signedIn,
      List<ChannelRow> channels,
      String defaultChannel) {}

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
    boolean signedIn = currentUser.current().filter(AccountView::isAccount).isPresent();
    return Optional.of(
        new StudyDiscussion(
            paperId,
            community.discussionOf(paperId).orElse(null),
            community.postsAbout(paperId, CARDS),
            signedIn,
            community.channels(),
            Community.DEFAULT_DISCUSSION_CHANNEL));
  }
}
