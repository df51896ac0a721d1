package org.follicle.community;

import java.util.LinkedHashSet;
import java.util.Set;
import org.follicle.notification.Notifications;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the followers of a study of a new post linking it and of a comment on its discussion post,
 * after the post or comment is stored; never of their own, and once per post whatever the number of
 * followed studies it links.
 */
@Component
class StudyFollowNotifier {

  private final StudyFollows follows;
  private final CommunityStore store;
  private final Notifications notifications;

  StudyFollowNotifier(StudyFollows follows, CommunityStore store, Notifications notifications) {
    this.follows = follows;
    this.store = store;
    this.notifications = notifications;
  }

  @ApplicationModuleListener
  void on(PostWritten written) {
    if (!written.created() || written.studies().isEmpty()) {
      return;
    }
    store
        .post(written.postId())
        .ifPresent(
            post -> {
              Set<Long> told = new LinkedHashSet<>();
              for (long paperId : written.studies()) {
                told.addAll(follows.followersOf(paperId));
              }
              told.remove(written.authorId());
              told.forEach(
                  account ->
                      notifications.notify(
                          account,
                          "community-study-post",
                          post.author() + " posted on a study you follow: “" + post.title() + "”",
                          "/community/posts/" + post.id()));
            });
  }

  @ApplicationModuleListener
  void on(CommentWritten written) {
    store
        .post(written.postId())
        .filter(post -> post.discussionPaperId() != null)
        .ifPresent(
            post -> {
              Set<Long> told = new LinkedHashSet<>(follows.followersOf(post.discussionPaperId()));
              told.remove(written.authorId());
              told.remove(written.repliedTo());
              told.forEach(
                  account ->
                      notifications.notify(
                          account,
                          "community-study-comment",
                          "New comment in the discussion of a study you follow: “"
                              + post.title()
                              + "”",
                          "/community/posts/" + post.id() + "#comment-" + written.commentId()));
            });
  }
}
