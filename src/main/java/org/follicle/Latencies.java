package org.follicle;

import java.util.Arrays;

/**
 * Response times of one client or one phase, in nanoseconds, with nearest-rank percentiles. Not
 * thread-safe: each client records into its own and the phase merges them.
 */
final class Latencies {

  private long[] nanos = new long[1024];
  private int count;

  void record(long elapsedNanos) {
    if (elapsedNanos < 0) {
      throw new IllegalArgumentException("a response time cannot be negative: " + elapsedNanos);
    }
    if (count == nanos.length) {
      nanos = Arrays.copyOf(nanos, count * 2);
    }
    nanos[count++] = elapsedNanos;
  }

  /** Both sets of times in one. */
  static Latencies merged(Iterable<Latencies> parts) {
    Latencies all = new Latencies();
    for (Latencies part : parts) {
      for (int i = 0; i < part.count; i++) {
        all.record(part.nanos[i]);
      }
    }
    return all;
  }

  int count() {
    return count;
  }

  /**
   * The nearest-rank percentile in milliseconds: the smallest time that at least {@code share} of
   * the responses took no longer than; 0 when nothing was recorded.
   */
  double percentileMs(double share) {
    if (share <= 0 || share > 1) {
      throw new IllegalArgumentException("a percentile's share lies in (0, 1]: " + share);
    }
    if (count == 0) {
      return 0;
    }
    long[] sorted = Arrays.copyOf(nanos, count);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(share * count);
    return sorted[Math.max(0, rank - 1)] / 1e6;
  }
}
