package org.follicle.community;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.follicle.catalog.Catalog;
import org.follicle.catalog.PaperSummary;
import org.follicle.search.TextEmbeddings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What ties posts and studies beyond their links: a study's related posts (those linking it first,
 * then those close in meaning) and a post's related research (papers close in meaning to it).
 */
@Service
class RelatedPosts {

  /**
   * The cosine similarity below which a post and a paper are not close in meaning. This model's
   * similarities are compressed: measured on the two seed studies, posts on the same treatment or
   * condition scored 0.77 to 0.91, hair-loss posts on another subject (minoxidil shedding,
   * finasteride side effects) 0.58 to 0.63, a shampoo question 0.50 and an off-topic post 0.35 to
   * 0.43. The floor sits between the same subject and the same field.
   */
  static final double MIN_SIMILARITY = 0.70;

  /** A post on a study's page: it links the study, or it is this close in meaning to it. */
  record RelatedPost(PostRow post, boolean linksStudy, Double similarity) {}

  private final PostListing listing;
  private final PostVectors vectors;
  private final PostEmbeddingStore embeddingStore;
  private final TextEmbeddings embeddings;
  private final CommunityStore store;
  private final Catalog catalog;

  RelatedPosts(
      PostListing listing,
      PostVectors vectors,
      PostEmbeddingStore embeddingStore,
      TextEmbeddings embeddings,
      CommunityStore store,
      Catalog catalog) {
    this.listing = listing;
    this.vectors = vectors;
    this.embeddingStore = embeddingStore;
    this.embeddings = embeddings;
    this.store = store;
    this.catalog = catalog;
  }

  /**
   * Up to {@code limit} posts for the study's page: those linking it by score, then, when texts are
   * embedded here, those closest to its embedding above {@link #MIN_SIMILARITY}.
   */
  @Transactional(readOnly = true)
  List<RelatedPost> ofPaper(long paperId, int limit) {
    List<Long> linking = listing.linking(paperId, limit);
    Map<Long, Double> similar = new HashMap<>();
    List<Long> ids = new ArrayList<>(linking);
    if (linking.size() < limit && embeddings.enabled()) {
      embeddings
          .ofPaper(paperId)
          .ifPresent(
              vector ->
                  vectors
                      .nearest(vector, MIN_SIMILARITY, new HashSet<>(linking), limit - ids.size())
                      .forEach(
                          post -> {
                            similar.put(post.postId(), post.similarity());
                            ids.add(post.postId());
                          }));
    }
    return listing.posts(ids).stream()
        .map(post -> new RelatedPost(post, !similar.containsKey(post.id()), similar.get(post.id())))
        .toList();
  }

  /**
   * Up to {@code limit} papers closest in meaning to the post, above {@link #MIN_SIMILARITY},
   * leaving out the studies it links; none until the post is embedded.
   */
  @Transactional(readOnly = true)
  List<PaperSummary> researchNear(long postId, int limit) {
    if (!embeddings.enabled()) {
      return List.of();
    }
    List<Long> linked = store.studiesOf(postId);
    return embeddingStore
        .vector(postId, embeddings.model())
        .map(
            vector ->
                embeddings.papersNear(vector, limit + linked.size(), MIN_SIMILARITY).stream()
                    .map(TextEmbeddings.NearPaper::paperId)
                    .filter(id -> !linked.contains(id))
                    .limit(limit)
                    .toList())
        .map(catalog::summaries)
        .orElse(List.of());
  }
}
