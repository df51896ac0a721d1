package org.follicle.citation;

import org.follicle.catalog.PaperRecord;
import org.follicle.catalog.PaperSummary;

/**
 * One entry of a paper's reference list as printed, with the catalogue paper it was resolved to
 * (null while unresolved), how, and how surely.
 */
record CitedReference(
    int position,
    PaperRecord.Reference reference,
    PaperSummary cited,
    ResolutionMethod method,
    Double confidence) {

  public boolean resolved() {
    return cited != null;
  }
}
