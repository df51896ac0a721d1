package org.follicle.community;

import jakarta.persistence.EntityManager;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the posts' search index in step: a written post, or one with a new comment, is read back
 * and indexed after its transaction commits; the event registry runs it again if indexing fails.
 */
@Component
class PostSearchIndexer {

  private final EntityManager entities;
  private final ModerationStore moderation;

  PostSearchIndexer(EntityManager entities, ModerationStore moderation) {
    this.entities = entities;
    this.moderation = moderation;
  }

  @ApplicationModuleListener
  void on(PostWritten written) {
    index(written.postId());
  }

  @ApplicationModuleListener
  void on(CommentWritten written) {
    index(written.postId());
  }

  @ApplicationModuleListener
  void on(PostModerated moderated) {
    index(moderated.postId());
  }

  @ApplicationModuleListener
  void on(PostDeleted deleted) {
    Search.session(entities).indexingPlan().purge(IndexedPost.class, deleted.postId(), null);
  }

  /** Indexes the post as stored now; a post no longer there, or removed, leaves the index. */
  void index(long postId) {
    SearchIndexingPlan plan = Search.session(entities).indexingPlan();
    IndexedPost post = entities.find(IndexedPost.class, postId);
    if (post == null || moderation.removal(ModerationTarget.POST, postId).isPresent()) {
      plan.purge(IndexedPost.class, postId, null);
    } else {
      plan.addOrUpdate(post);
    }
  }
}
