package org.follicle.summary;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * What every stored version of a paper's summary text keeps (a TLDR or a plain-language summary):
 * never changed once written. Each kind has its own table, identity and text length.
 */
@MappedSuperclass
abstract class SummaryTextVersion {

  @Column(name = "paper_id", nullable = false)
  private long paperId;

  @Column(nullable = false)
  private int version;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private TldrOrigin origin;

  @Column(length = 200)
  private String author;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected SummaryTextVersion() {}

  SummaryTextVersion(long paperId, int version, TldrOrigin origin, String author, Instant at) {
    this.paperId = paperId;
    this.version = version;
    this.origin = origin;
    this.author = author;
    this.createdAt = at;
  }

  abstract String text();

  int version() {
    return version;
  }

  long paperId() {
    return paperId;
  }

  TldrOrigin origin() {
    return origin;
  }

  TldrVersionView toView() {
    return new TldrVersionView(version, text(), origin, author, createdAt);
  }
}
