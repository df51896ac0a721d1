package org.follicle.community;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A post's edit history: every version from what was first posted to what it says now, who wrote
 * each and when, and the words each changed.
 */
@Service
class PostHistory {

  private final ModerationStore store;

  PostHistory(ModerationStore store) {
    this.store = store;
  }

  /** The post's versions, newest first, each with its word changes against the one before. */
  @Transactional(readOnly = true)
  List<PostVersion> of(PostRow post) {
    List<ModerationStore.OldVersion> old = store.oldVersions(post.id());
    List<PostVersion> versions = new ArrayList<>();
    String title = null;
    String body = null;
    for (int i = 0; i <= old.size(); i++) {
      boolean current = i == old.size();
      String nextTitle = current ? post.title() : old.get(i).title();
      String nextBody = current ? post.body() : old.get(i).body();
      String author = i == 0 ? post.author() : editor(old.get(i - 1));
      Instant at = i == 0 ? post.createdAt() : old.get(i - 1).editedAt();
      versions.add(
          0,
          new PostVersion(
              i + 1,
              nextTitle,
              nextBody,
              author,
              at,
              WordChanges.between(title == null ? nextTitle : title, nextTitle),
              WordChanges.between(body == null ? nextBody : body, nextBody)));
      title = nextTitle;
      body = nextBody;
    }
    return versions;
  }

  private static String editor(ModerationStore.OldVersion version) {
    return version.editor() == null ? "a deleted account" : version.editor();
  }
}
