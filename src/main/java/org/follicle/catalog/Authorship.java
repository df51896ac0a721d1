package org.follicle.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** An author's place in one paper's byline, with the affiliation printed there. */
@Embeddable
class Authorship {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "author_id", nullable = false)
  private Author author;

  @Column(length = 4000)
  private String affiliation;

  protected Authorship() {}

  Authorship(Author author, String affiliation) {
    this.author = author;
    this.affiliation = affiliation;
  }

  Author author() {
    return author;
  }

  PaperRecord.Author toRecord() {
    return author.toRecord(affiliation);
  }
}
