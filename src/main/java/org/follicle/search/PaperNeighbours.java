package org.follicle.search;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The papers of the index nearest one paper: by meaning (its stored embedding) or by the topics
 * (MeSH headings and keywords) it shares with them; what related research is made of.
 */
@Service
@Transactional(readOnly = true)
public class PaperNeighbours {

  /** A main topic shared counts this much more than a side one. */
  private static final float MAJOR_TOPIC_BOOST = 2f;

  private final EntityManager entities;
  private final PaperEmbeddings embeddings;

  PaperNeighbours(EntityManager entities, PaperEmbeddings embeddings) {
    this.entities = entities;
    this.embeddings = embeddings;
  }

  /** A paper near another, with the score of the signal that found it (higher is nearer). */
  public record Neighbour(long paperId, float score) {}

  /** A topic of a paper, by the slug its topic page is found by. */
  public record TopicKey(String slug, boolean major) {}

  /** Whether papers can be found near a paper in meaning here (embeddings in the index). */
  public boolean findsByMeaning() {
    return embeddings.searchable();
  }

  /**
   * Up to {@code k} papers nearest this one in meaning, nearest first; none when the paper has no
   * embedding or the index keeps none.
   */
  public List<Neighbour> byMeaning(long paperId, int k) {
    PaperEmbedding embedding =
        embeddings.searchable() ? entities.find(PaperEmbedding.class, paperId) : null;
    if (embedding == null || embedding.vector() == null) {
      return List.of();
    }
    return Search.session(entities)
        .search(IndexedPaper.class)
        .select(f -> f.composite().from(f.id(Long.class), f.score()).as(Neighbour::new))
        .where(
            f ->
                f.knn(k)
                    .field(EmbeddingMapping.FIELD)
                    .matching(embedding.vector())
                    .filter(f.not(f.id().matching(paperId)))
                    .requiredMinimumSimilarity(PaperSearch.MIN_SIMILARITY))
        .fetchHits(k);
  }

  /**
   * Up to {@code k} papers sharing the most of these topics with a paper, best first: each shared
   * topic counts by how rare it is (BM25's idf), twice when it is a main topic of the paper.
   */
  public List<Neighbour> byTopics(long paperId, Collection<TopicKey> topics, int k) {
    if (topics.isEmpty()) {
      return List.of();
    }
    return Search.session(entities)
        .search(IndexedPaper.class)
        .select(f -> f.composite().from(f.id(Long.class), f.score()).as(Neighbour::new))
        .where(
            f ->
                f.bool(
                    b -> {
                      topics.forEach(topic -> b.should(sharing(f, topic)));
                      b.mustNot(f.id().matching(paperId));
                    }))
        .fetchHits(k);
  }

  private static PredicateFinalStep sharing(SearchPredicateFactory f, TopicKey topic) {
    return f.match()
        .fields("mesh.slug", "keyword.slug")
        .matching(topic.slug())
        .boost(topic.major() ? MAJOR_TOPIC_BOOST : 1f);
  }
}
