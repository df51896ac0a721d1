package org.follicle.evidence;

/**
 * The result of a random-effects meta-analysis on the pooled scale: the estimate with its standard
 * error and 95% confidence interval, the between-study variance tau², Cochran's Q with its p-value,
 * and I² (the share of the variability due to heterogeneity, in percent).
 */
record PooledEstimate(
    TauEstimator estimator,
    int studies,
    double estimate,
    double standardError,
    double ciLow,
    double ciHigh,
    double tau2,
    double q,
    double qPValue,
    double i2) {}
