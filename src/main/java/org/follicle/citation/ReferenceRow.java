package org.follicle.citation;

/** One entry of a stored reference list: whose list, where in it, its keys and its link if any. */
record ReferenceRow(
    long citingPaperId,
    int seq,
    ReferenceKeys keys,
    Long citedPaperId,
    ResolutionMethod method,
    Double confidence) {

  /** The entry linked to a paper. */
  ReferenceRow linkedTo(long paperId, ResolutionMethod how, double sureness) {
    return new ReferenceRow(citingPaperId, seq, keys, paperId, how, sureness);
  }

  boolean resolved() {
    return citedPaperId != null;
  }
}
