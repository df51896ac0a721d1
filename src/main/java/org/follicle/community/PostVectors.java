package org.follicle.community;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.follicle.search.TextEmbeddings;
import org.springframework.stereotype.Component;

/**
 * The posts' embeddings held in memory, to rank every post against a study on each paper page
 * without reading them all from the database: the copy is read again when the stored embeddings
 * changed (their count or latest time), which one small query tells, on whichever node wrote them.
 */
@Component
class PostVectors {

  /** A post and its cosine similarity to what it was compared with. */
  record Similar(long postId, double similarity) {}

  private record Snapshot(PostEmbeddingStore.Version version, Map<Long, float[]> vectors) {}

  private final PostEmbeddingStore store;
  private final TextEmbeddings embeddings;
  private volatile Snapshot snapshot;

  PostVectors(PostEmbeddingStore store, TextEmbeddings embeddings) {
    this.store = store;
    this.embeddings = embeddings;
  }

  /**
   * Up to {@code limit} posts, most similar first, whose similarity to the unit vector is at least
   * {@code floor}, leaving out the posts given.
   */
  List<Similar> nearest(float[] vector, double floor, Set<Long> except, int limit) {
    List<Similar> found = new ArrayList<>();
    for (Map.Entry<Long, float[]> post : current().entrySet()) {
      if (!except.contains(post.getKey())) {
        double similarity = TextEmbeddings.cosine(vector, post.getValue());
        if (similarity >= floor) {
          found.add(new Similar(post.getKey(), similarity));
        }
      }
    }
    found.sort(Comparator.comparingDouble(Similar::similarity).reversed());
    return found.size() <= limit ? found : found.subList(0, limit);
  }

  private Map<Long, float[]> current() {
    PostEmbeddingStore.Version version = store.version(embeddings.model());
    Snapshot held = snapshot;
    if (held == null || !held.version().equals(version)) {
      held = new Snapshot(version, store.vectors(embeddings.model()));
      snapshot = held;
    }
    return held.vectors();
  }
}
