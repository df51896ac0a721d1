package org.follicle.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A PMID that PubMed deleted: no later import brings the paper back. */
@Entity
@Table(name = "paper_tombstone")
class PaperTombstone {

  @Id
  @Column(length = 20)
  private String pmid;

  @Column(name = "deleted_at", nullable = false)
  private Instant deletedAt;

  protected PaperTombstone() {}

  PaperTombstone(String pmid, Instant deletedAt) {
    this.pmid = pmid;
    this.deletedAt = deletedAt;
  }

  String pmid() {
    return pmid;
  }
}
