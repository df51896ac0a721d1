package org.follicle.evidence;

import java.time.Instant;

/**
 * A fact as a moderator left it: corrected, removed or added. A corrected or removed fact names the
 * extracted fact it stands in for by its value and sentence (both null for an added fact); a
 * response or adverse event carries the result that treatment pages pool in place of the extracted
 * one (null for other kinds).
 */
record FactCorrection(
    long id,
    long paperId,
    String extractedValue,
    String extractedSentence,
    boolean removed,
    StudyFact fact,
    StudyResult result,
    Instant correctedAt) {

  /** The id the page and the API give this fact. */
  String factId() {
    return "m" + id;
  }

  /** Whether this stands in for the extracted fact. */
  boolean replaces(StudyFact extracted) {
    return extractedValue != null
        && extracted.kind() == fact.kind()
        && extracted.value().equals(extractedValue)
        && extracted.sentence().equals(extractedSentence);
  }
}
