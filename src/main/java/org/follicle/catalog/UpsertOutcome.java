package org.follicle.catalog;

/** What storing a record did to the catalogue. */
public enum UpsertOutcome {
  /** The paper was new to the catalogue. */
  IMPORTED,
  /** An existing paper gained or changed fields. */
  UPDATED,
  /** The record added nothing the catalogue did not hold. */
  UNCHANGED,
  /** The record's PMID was deleted from PubMed; the paper stays out of the catalogue. */
  SUPPRESSED
}
