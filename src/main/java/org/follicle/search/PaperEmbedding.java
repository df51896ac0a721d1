package org.follicle.search;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The stored sentence embedding of a paper's title and abstract, and what it was computed from. */
@Entity
@Table(name = "paper_embedding")
class PaperEmbedding {

  @Id
  @Column(name = "paper_id")
  private Long paperId;

  private String model;

  /** A digest of the embedded text: an unchanged paper is not embedded again. */
  @Column(name = "source_hash")
  private String sourceHash;

  @Convert(converter = VectorBytes.class)
  private float[] vector;

  protected PaperEmbedding() {}

  PaperEmbedding(Long paperId) {
    this.paperId = paperId;
  }

  boolean isOf(String model, String sourceHash) {
    return model.equals(this.model) && sourceHash.equals(this.sourceHash);
  }

  void set(String model, String sourceHash, float[] vector) {
    this.model = model;
    this.sourceHash = sourceHash;
    this.vector = vector;
  }

  Long paperId() {
    return paperId;
  }

  float[] vector() {
    return vector;
  }
}
