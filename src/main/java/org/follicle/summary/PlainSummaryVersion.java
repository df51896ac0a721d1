package org.follicle.summary;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One stored version of a paper's plain-language summary: never changed once written. */
@Entity
@Table(name = "summary_plain_version")
class PlainSummaryVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "summary_plain_version_seq")
  @SequenceGenerator(
      name = "summary_plain_version_seq",
      sequenceName = "summary_plain_version_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "paper_id", nullable = false)
  private long paperId;

  @Column(nullable = false)
  private int version;

  @Column(nullable = false, length = 4000)
  private String text;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private TldrOrigin origin;

  @Column(length = 200)
  private String author;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected PlainSummaryVersion() {}

  PlainSummaryVersion(
      long paperId, int version, String text, TldrOrigin origin, String author, Instant at) {
    this.paperId = paperId;
    this.version = version;
    this.text = text;
    this.origin = origin;
    this.author = author;
    this.createdAt = at;
  }

  int version() {
    return version;
  }

  long paperId() {
    return paperId;
  }

  String text() {
    return text;
  }

  TldrOrigin origin() {
    return origin;
  }

  TldrVersionView toView() {
    return new TldrVersionView(version, text, origin, author, createdAt);
  }
}
