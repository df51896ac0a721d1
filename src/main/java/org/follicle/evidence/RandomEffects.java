package org.follicle.evidence;

import java.util.List;
import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Random-effects meta-analysis of study estimates with inverse-variance weights, as metafor's
 * {@code rma()} computes it: tau² by REML (Fisher scoring, truncated at zero) or by DerSimonian and
 * Laird, then the weighted mean with weights 1/(v + tau²), a Wald 95% interval, Cochran's Q and I²
 * from tau² and the typical within-study variance.
 */
final class RandomEffects {

  /** The 97.5th percentile of the standard normal distribution. */
  static final double Z_95 = new NormalDistribution().inverseCumulativeProbability(0.975);

  private static final int MAX_ITERATIONS = 1000;
  private static final double TOLERANCE = 1e-10;

  private RandomEffects() {}

  /** Pools these estimates; one study is its own pooled estimate, with no heterogeneity. */
  static PooledEstimate pool(List<StudyEstimate> estimates, TauEstimator estimator) {
    if (estimates.isEmpty()) {
      throw new IllegalArgumentException("pooling needs at least one study estimate");
    }
    double[] y = estimates.stream().mapToDouble(StudyEstimate::value).toArray();
    double[] v = estimates.stream().mapToDouble(StudyEstimate::variance).toArray();
    double q = cochranQ(y, v);
    double tau2 =
        y.length == 1
            ? 0
            : switch (estimator) {
              case DERSIMONIAN_LAIRD -> dersimonianLaird(v, q);
              case REML -> reml(y, v, dersimonianLaird(v, q));
            };
    double[] w = weights(v, tau2);
    double sumW = sum(w);
    double mean = weightedMean(y, w);
    double se = Math.sqrt(1 / sumW);
    int df = y.length - 1;
    double qPValue = df == 0 ? 1 : 1 - new ChiSquaredDistribution(df).cumulativeProbability(q);
    return new PooledEstimate(
        estimator,
        y.length,
        mean,
        se,
        mean - Z_95 * se,
        mean + Z_95 * se,
        tau2,
        q,
        qPValue,
        i2(v, tau2));
  }

  /** Cochran's Q: the weighted squared deviations from the fixed-effect mean. */
  private static double cochranQ(double[] y, double[] v) {
    double[] w = weights(v, 0);
    double mean = weightedMean(y, w);
    double q = 0;
    for (int i = 0; i < y.length; i++) {
      q += w[i] * (y[i] - mean) * (y[i] - mean);
    }
    return q;
  }

  private static double dersimonianLaird(double[] v, double q) {
    double[] w = weights(v, 0);
    double sumW = sum(w);
    double c = sumW - sumOfSquares(w) / sumW;
    return Math.max(0, (q - (v.length - 1)) / c);
  }

  /**
   * REML by Fisher scoring from a start value: each step adds (y'PPy - tr P) / tr PP, where P is
   * the residual-forming matrix of the weighted intercept model, written out in sums.
   */
  private static double reml(double[] y, double[] v, double start) {
    double tau2 = start;
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      double[] w = weights(v, tau2);
      double sumW = sum(w);
      double sumW2 = sumOfSquares(w);
      double sumW3 = 0;
      for (double wi : w) {
        sumW3 += wi * wi * wi;
      }
      double mean = weightedMean(y, w);
      double yPPy = 0;
      for (int i = 0; i < y.length; i++) {
        yPPy += w[i] * w[i] * (y[i] - mean) * (y[i] - mean);
      }
      double traceP = sumW - sumW2 / sumW;
      double tracePP = sumW2 - 2 * sumW3 / sumW + (sumW2 / sumW) * (sumW2 / sumW);
      double step = (yPPy - traceP) / tracePP;
      double next = Math.max(0, tau2 + step);
      if (Math.abs(next - tau2) < TOLERANCE) {
        return next;
      }
      tau2 = next;
    }
    return tau2;
  }

  /**
   * I² as metafor reports it: tau² over tau² plus the typical within-study variance, in percent.
   */
  private static double i2(double[] v, double tau2) {
    if (v.length == 1) {
      return 0;
    }
    double[] w = weights(v, 0);
    double sumW = sum(w);
    double typical = (v.length - 1) * sumW / (sumW * sumW - sumOfSquares(w));
    return 100 * tau2 / (tau2 + typical);
  }

  private static double[] weights(double[] v, double tau2) {
    double[] w = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      w[i] = 1 / (v[i] + tau2);
    }
    return w;
  }

  private static double weightedMean(double[] y, double[] w) {
    double total = 0;
    for (int i = 0; i < y.length; i++) {
      total += w[i] * y[i];
    }
    return total / sum(w);
  }

  private static double sum(double[] values) {
    double total = 0;
    for (double value : values) {
      total += value;
    }
    return total;
  }

  private static double sumOfSquares(double[] values) {
    double total = 0;
    for (double value : values) {
      total += value * value;
    }
    return total;
  }
}
