package org.follicle.search;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sentence embeddings for other modules: a text's unit vector from the model papers are embedded
 * with, a paper's stored vector, and the papers nearest a vector in meaning.
 */
@Service
public class TextEmbeddings {

  private final SentenceModel model;
  private final PaperEmbeddings embeddings;
  private final EntityManager entities;

  TextEmbeddings(SentenceModel model, PaperEmbeddings embeddings, EntityManager entities) {
    this.model = model;
    this.embeddings = embeddings;
    this.entities = entities;
  }

  /** Whether texts are embedded here ({@code follicle.search.embeddings.enabled}). */
  public boolean enabled() {
    return embeddings.onImport();
  }

  /** The name of the model, stored with a vector so that one from another model is redone. */
  public String model() {
    return SentenceModel.NAME;
  }

  /** The unit vector of a passage of text (a post, an abstract); outside any transaction. */
  public float[] embed(String text) {
    return normalised(model.passages(List.of(text)).get(0));
  }

  /** The paper's stored embedding as a unit vector, when it has one from this model. */
  @Transactional(readOnly = true)
  public Optional<float[]> ofPaper(long paperId) {
    return entities
        .createQuery(
            "select e.vector from PaperEmbedding e where e.paperId = :id and e.model = :model",
            float[].class)
        .setParameter("id", paperId)
        .setParameter("model", SentenceModel.NAME)
        .getResultStream()
        .findFirst()
        .map(TextEmbeddings::normalised);
  }

  /** A paper near a vector, with their cosine similarity. */
  public record NearPaper(long paperId, double similarity) {}

  /**
   * Up to {@code k} papers nearest the vector, nearest first, each at least {@code minSimilarity}
   * (cosine) from it; none where the index keeps no embeddings (OpenSearch without k-NN).
   */
  @Transactional(readOnly = true)
  public List<NearPaper> papersNear(float[] vector, int k, double minSimilarity) {
    if (!embeddings.searchable()) {
      return List.of();
    }
    return Search.session(entities)
        .search(IndexedPaper.class)
        .select(f -> f.composite().from(f.id(Long.class), f.score()).as(TextEmbeddings::near))
        .where(
            f ->
                f.knn(k)
                    .field(EmbeddingMapping.FIELD)
                    .matching(vector)
                    .requiredMinimumSimilarity((float) minSimilarity))
        .fetchHits(k);
  }

  /** Lucene scores a cosine neighbour (1 + cosine) / 2; this gives the cosine back. */
  private static NearPaper near(Long id, Float score) {
    return new NearPaper(id, 2.0 * score - 1.0);
  }

  /** The cosine similarity of two unit vectors. */
  public static double cosine(float[] a, float[] b) {
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return dot;
  }

  private static float[] normalised(float[] vector) {
    double norm = 0;
    for (float value : vector) {
      norm += value * value;
    }
    norm = Math.sqrt(norm);
    float[] unit = new float[vector.length];
    for (int i = 0; i < vector.length; i++) {
      unit[i] = norm == 0 ? 0 : (float) (vector[i] / norm);
    }
    return unit;
  }
}
