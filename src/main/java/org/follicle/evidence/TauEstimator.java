package org.follicle.evidence;

/** How the between-study variance (tau²) of a random-effects meta-analysis is estimated. */
enum TauEstimator {
  /** Restricted maximum likelihood, by Fisher scoring: metafor's default. */
  REML("REML"),
  /** DerSimonian and Laird's method of moments, in one step from Cochran's Q. */
  DERSIMONIAN_LAIRD("DerSimonian-Laird");

  private final String label;

  TauEstimator(String label) {
    this.label = label;
  }

  /** The estimator's usual name. */
  String label() {
    return label;
  }
}
