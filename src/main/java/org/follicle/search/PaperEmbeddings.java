package org.follicle.search;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps papers' embeddings in step with their text. The model runs outside any transaction, so no
 * database connection waits on it.
 */
@Component
class PaperEmbeddings {

  private final EntityManager entities;
  private final SentenceModel model;
  private final TransactionTemplate transactions;
  private final boolean onImport;
  private final boolean searchable;

  PaperEmbeddings(
      EntityManager entities,
      SentenceModel model,
      PlatformTransactionManager transactions,
      SearchSettings settings,
      @Value("${follicle.search.embeddings.enabled:true}") boolean onImport) {
    this.entities = entities;
    this.model = model;
    this.transactions = new TransactionTemplate(transactions);
    this.onImport = onImport;
    this.searchable = settings.indexesVectors();
  }

  /** Whether papers are embedded as they are stored (and by reindex). */
  boolean onImport() {
    return onImport;
  }

  /** Whether the index holds the embeddings, so that search can rank by meaning. */
  boolean searchable() {
    return searchable;
  }

  /** Whether readers get words and meaning fused unless they ask otherwise. */
  boolean rankByDefault() {
    return onImport && searchable;
  }

  /**
   * Embeds those of these papers whose text changed since their embedding was computed, or that
   * have none; returns their ids, for the index to take up the new vectors. One caller at a time:
   * import batches and the first start's background pass both embed, and two of them finding the
   * same paper without an embedding would both insert it, and one batch's vectors would be lost.
   * Embedding keeps every core busy anyway, so this costs no throughput.
   */
  synchronized List<Long> update(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, String> texts = transactions.execute(status -> stale(ids));
    if (texts.isEmpty()) {
      return List.of();
    }
    List<float[]> vectors = model.passages(new ArrayList<>(texts.values()));
    transactions.executeWithoutResult(status -> store(texts, vectors));
    return List.copyOf(texts.keySet());
  }

  /** The texts, by paper id, of the papers whose stored embedding does not match them. */
  private Map<Long, String> stale(List<Long> ids) {
    Map<Long, PaperEmbedding> stored = stored(ids);
    Map<Long, String> texts = new LinkedHashMap<>();
    for (IndexedPaper paper :
        entities
            .createQuery("select p from IndexedPaper p where p.id in :ids", IndexedPaper.class)
            .setParameter("ids", ids)
            .getResultList()) {
      String text = paper.embeddingText();
      PaperEmbedding embedding = stored.get(paper.getId());
      if (embedding == null || !embedding.isOf(SentenceModel.NAME, digest(text))) {
        texts.put(paper.getId(), text);
      }
    }
    return texts;
  }

  private void store(Map<Long, String> texts, List<float[]> vectors) {
    Map<Long, PaperEmbedding> stored = stored(List.copyOf(texts.keySet()));
    int i = 0;
    for (Map.Entry<Long, String> text : texts.entrySet()) {
      PaperEmbedding embedding = stored.get(text.getKey());
      boolean fresh = embedding == null;
      if (fresh) {
        embedding = new PaperEmbedding(text.getKey());
      }
      embedding.set(SentenceModel.NAME, digest(text.getValue()), vectors.get(i++));
      if (fresh) {
        // Hibernate takes an inserted row's values when it is persisted, not when it is flushed.
        entities.persist(embedding);
      }
    }
  }

  private Map<Long, PaperEmbedding> stored(List<Long> ids) {
    return entities
        .createQuery("select e from PaperEmbedding e where e.paperId in :ids", PaperEmbedding.class)
        .setParameter("ids", ids)
        .getResultStream()
        .collect(Collectors.toMap(PaperEmbedding::paperId, Function.identity()));
  }

  private static String digest(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
