package org.follicle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LatenciesTest {

  @Test
  void percentilesAreNearestRankOverAllRecordedTimes() {
    Latencies times = new Latencies();
    for (int ms = 100; ms >= 1; ms--) {
      times.record(ms * 1_000_000L);
    }

    assertThat(times.count()).isEqualTo(100);
    assertThat(times.percentileMs(0.50)).isEqualTo(50.0);
    assertThat(times.percentileMs(0.95)).isEqualTo(95.0);
    assertThat(times.percentileMs(0.99)).isEqualTo(99.0);
    assertThat(times.percentileMs(1.0)).isEqualTo(100.0);
  }

  @Test
  void aFewTimesRoundTheRankUp() {
    Latencies times = new Latencies();
    times.record(3_000_000);
    times.record(1_000_000);
    times.record(2_000_000);

    assertThat(times.percentileMs(0.50)).isEqualTo(2.0);
    assertThat(times.percentileMs(0.95)).isEqualTo(3.0);
    assertThat(times.percentileMs(0.01)).isEqualTo(1.0);
  }

  @Test
  void mergingKeepsEveryClientsTimesBeyondTheFirstThousand() {
    Latencies first = new Latencies();
    Latencies second = new Latencies();
    for (int i = 0; i < 3000; i++) {
      first.record(1_000_000);
    }
    second.record(500_000_000);

    Latencies all = Latencies.merged(List.of(first, second));

    assertThat(all.count()).isEqualTo(3001);
    assertThat(all.percentileMs(1.0)).isEqualTo(500.0);
    assertThat(all.percentileMs(0.99)).isEqualTo(1.0);
  }

  @Test
  void nothingRecordedGivesZero() {
    assertThat(new Latencies().percentileMs(0.95)).isZero();
  }

  @Test
  void refusesNegativeTimesAndSharesOutsideZeroToOne() {
    Latencies times = new Latencies();

    assertThatThrownBy(() -> times.record(-1)).hasMessageContaining("negative");
    assertThatThrownBy(() -> times.percentileMs(0)).hasMessageContaining("(0, 1]");
    assertThatThrownBy(() -> times.percentileMs(1.5)).hasMessageContaining("(0, 1]");
  }
}
