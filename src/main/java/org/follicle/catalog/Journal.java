package org.follicle.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Locale;

/** A journal, shared by the papers it published. */
@Entity
@Table(name = "journal")
class Journal {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "journal_seq")
  @SequenceGenerator(name = "journal_seq", sequenceName = "journal_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, length = 1000)
  private String name;

  @Column(name = "name_key", nullable = false, unique = true, length = 1000)
  private String nameKey;

  @Column(name = "issn_print", length = 9)
  private String issnPrint;

  @Column(name = "issn_electronic", length = 9)
  private String issnElectronic;

  @Column(length = 1000)
  private String publisher;

  protected Journal() {}

  Journal(PaperRecord.Journal record) {
    this.name = record.name();
    this.nameKey = keyOf(record.name());
    apply(record);
  }

  static String keyOf(String name) {
    return name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }

  /** Adds what the record knows and the journal does not; never erases a known value. */
  boolean apply(PaperRecord.Journal record) {
    boolean changed = false;
    if (record.issnPrint() != null && !record.issnPrint().equals(issnPrint)) {
      issnPrint = record.issnPrint();
      changed = true;
    }
    if (record.issnElectronic() != null && !record.issnElectronic().equals(issnElectronic)) {
      issnElectronic = record.issnElectronic();
      changed = true;
    }
    if (record.publisher() != null && !record.publisher().equals(publisher)) {
      publisher = record.publisher();
      changed = true;
    }
    return changed;
  }

  PaperRecord.Journal toRecord() {
    return new PaperRecord.Journal(name, issnPrint, issnElectronic, publisher);
  }

  Long getId() {
    return id;
  }

  String getName() {
    return name;
  }
}
