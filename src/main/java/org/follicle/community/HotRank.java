package org.follicle.community;

import java.time.Instant;

/**
 * The rank of the "hot" sort, Reddit's formula: {@code sign(score) * log10(max(|score|, 1)) +
 * seconds since 2026-01-01 / 45000}. Ten times the score is worth 12.5 hours of age, so new posts
 * rise and old ones sink without any clock-driven recomputation: the rank changes only when the
 * score does, and a channel pages through it by an index. (Hacker News' score/(age+2)^1.5 would
 * change every hour for every post.)
 */
final class HotRank {

  private static final long EPOCH = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();
  private static final double SECONDS_PER_TENFOLD = 45000;

  private HotRank() {}

  static double of(int score, Instant createdAt) {
    double order = Math.log10(Math.max(Math.abs(score), 1));
    return Math.signum(score) * order + (createdAt.getEpochSecond() - EPOCH) / SECONDS_PER_TENFOLD;
  }
}
