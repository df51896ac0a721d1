package org.follicle.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HotRankTests {

  private static final Instant NOON = Instant.parse("2026-06-01T12:00:00Z");

  @Test
  void tenTimesTheScoreIsWorthTwelveAndAHalfHoursOfAge() {
    Instant earlier = NOON.minus(Duration.ofMinutes(12 * 60 + 30));
    assertThat(HotRank.of(100, earlier))
        .isCloseTo(HotRank.of(10, NOON), org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void aNewerPostOfTheSameScoreRanksHigherAndDownVotesSinkAPost() {
    assertThat(HotRank.of(5, NOON)).isGreaterThan(HotRank.of(5, NOON.minusSeconds(3600)));
    assertThat(HotRank.of(-10, NOON)).isLessThan(HotRank.of(0, NOON));
  }
}
