package org.follicle.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReciprocalRankFusionTest {

  @Test
  void ranksFirstWhatBothRankingsPlaceHighest() {
    List<String> fused =
        ReciprocalRankFusion.fuse(List.of(List.of("a", "b", "c"), List.of("c", "b", "d")));

    // c: 1/63 + 1/61 = 0.032266 edges out b: 1/62 + 1/62 = 0.032258; then a: 1/61, d: 1/63.
    assertThat(fused).containsExactly("c", "b", "a", "d");
  }

  @Test
  void keepsTheFirstSeenOrderForEqualScores() {
    assertThat(ReciprocalRankFusion.fuse(List.of(List.of("x"), List.of("y"))))
        .containsExactly("x", "y");
  }

  @Test
  void fusesNothingIntoNothing() {
    assertThat(ReciprocalRankFusion.fuse(List.<List<String>>of(List.of(), List.of()))).isEmpty();
  }
}
