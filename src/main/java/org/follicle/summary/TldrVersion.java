package org.follicle.summary;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One stored version of a paper's TLDR: never changed once written. */
@Entity
@Table(name = "summary_tldr_version")
class TldrVersion extends SummaryTextVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "summary_tldr_version_seq")
  @SequenceGenerator(
      name = "summary_tldr_version_seq",
      sequenceName = "summary_tldr_version_seq",
      allocationSize = 50)
  private Long id;

  @Column(nullable = false, length = 1000)
  private String text;

  protected TldrVersion() {}

  TldrVersion(
      long paperId, int version, String text, TldrOrigin origin, String author, Instant at) {
    super(paperId, version, origin, author, at);
    this.text = text;
  }

  @Override
  String text() {
    return text;
  }
}
