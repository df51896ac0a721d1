package org.follicle.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Locale;

/**
 * A person or group credited on papers. Identified by ORCID when known, otherwise by name: two
 * people with the same name and no ORCID share one profile until claiming separates them.
 */
@Entity
@Table(name = "author")
class Author {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "author_seq")
  @SequenceGenerator(name = "author_seq", sequenceName = "author_seq", allocationSize = 50)
  private Long id;

  @Column(name = "name_key", nullable = false, unique = true, length = 1000)
  private String nameKey;

  @Column(length = 500)
  private String family;

  @Column(length = 500)
  private String given;

  @Column(name = "collective_name", length = 1000)
  private String collectiveName;

  @Column(length = 19)
  private String orcid;

  protected Author() {}

  Author(PaperRecord.Author record) {
    this.nameKey = keyOf(record);
    this.family = record.family();
    this.given = record.given();
    this.collectiveName = record.collectiveName();
    this.orcid = record.orcid();
  }

  /** The identity of an author record: its ORCID, else its normalised name. */
  static String keyOf(PaperRecord.Author record) {
    if (record.orcid() != null) {
      return "orcid:" + record.orcid();
    }
    return "name:" + record.displayName().strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  PaperRecord.Author toRecord(String affiliation) {
    return new PaperRecord.Author(family, given, collectiveName, orcid, affiliation);
  }

  String nameKey() {
    return nameKey;
  }

  Long getId() {
    return id;
  }

  String displayName() {
    return toRecord(null).displayName();
  }
}
